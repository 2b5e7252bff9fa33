#include "DemoGenerator.h"

#include "domain/Approval.h"
#include "domain/Instrument.h"
#include "domain/RequestWorkflow.h"
#include "rules/Catalogue.h"
#include "services/RequestService.h"

#include <QRandomGenerator>
#include <QUuid>

namespace mladesk {

namespace {

constexpr auto kHomeState = "DE";

struct StateSample {
    const char* code;
    const char* name;
    const char* languages;
    const char* timeZone;
    const char* centralAuthority;
};

const StateSample kStates[] = {
    {"DE", "Germany", "de", "Europe/Berlin", "Bundesamt für Justiz"},
    {"FR", "France", "fr", "Europe/Paris", "Bureau de l'entraide pénale internationale"},
    {"ES", "Spain", "es,en,fr", "Europe/Madrid", "Ministerio de Justicia"},
    {"IT", "Italy", "it", "Europe/Rome", "Ministero della Giustizia"},
    {"NL", "Netherlands", "nl,en", "Europe/Amsterdam", "Afdeling Internationale Rechtshulp in Strafzaken"},
    {"BE", "Belgium", "nl,fr,de", "Europe/Brussels", "SPF Justice"},
    {"AT", "Austria", "de", "Europe/Vienna", "Bundesministerium für Justiz"},
    {"PL", "Poland", "pl", "Europe/Warsaw", "Prokuratura Krajowa"},
    {"PT", "Portugal", "pt,es", "Europe/Lisbon", "Procuradoria-Geral da República"},
    {"IE", "Ireland", "en,ga", "Europe/Dublin", "Department of Justice, Mutual Assistance Division"},
    {"GB", "United Kingdom", "en", "Europe/London", "UK Central Authority, Home Office"},
    {"US", "United States", "en", "America/New_York",
     "Office of International Affairs, Department of Justice"},
    {"CH", "Switzerland", "de,fr,it", "Europe/Zurich", "Bundesamt für Justiz BJ"},
    {"NO", "Norway", "no,en", "Europe/Oslo", "Riksadvokaten"},
    {"UA", "Ukraine", "uk,en", "Europe/Kyiv", "Office of the Prosecutor General"},
};

const char* const kProviders[] = {"Northwind Mail Ltd",        "Blueharbor Cloud Services Ltd",
                                  "Contoso Messaging Inc.",    "Fabrikam Hosting B.V.",
                                  "Tailspin Social Media LLC", "Adatum Domains GmbH"};
const char* const kGivenNames[] = {"Anna",      "Marek",  "Sofia",   "Luis",  "Jean",  "Katarzyna",
                                   "Pieter",    "Ioana",  "Tomás",   "Elena", "Yusuf", "Mette",
                                   "Oleksandr", "Claire", "Giorgio", "Aoife"};
const char* const kFamilyNames[] = {"Keller",    "Nowak",  "Rossi",    "García",    "Dubois",
                                    "Jansen",    "Silva",  "Murphy",   "Kovalenko", "Berg",
                                    "Schneider", "Moreau", "Kowalski", "Bianchi",   "Novak"};
const char* const kOffences[] = {"computer fraud",
                                 "ransomware extortion",
                                 "money laundering",
                                 "trafficking in human beings",
                                 "child sexual abuse material",
                                 "drug trafficking",
                                 "phishing and identity theft",
                                 "investment fraud",
                                 "illegal arms trade",
                                 "participation in a criminal organisation"};
const char* const kQualifications[] = {"§ 263a StGB (Computerbetrug)",
                                       "§ 253 StGB (Erpressung)",
                                       "§ 261 StGB (Geldwäsche)",
                                       "§ 232 StGB (Menschenhandel)",
                                       "§ 184b StGB",
                                       "§ 29 BtMG",
                                       "§ 202a StGB (Ausspähen von Daten)",
                                       "§ 263 StGB (Betrug)",
                                       "§ 52 WaffG",
                                       "§ 129 StGB"};
const char* const kFactSentences[] = {
    "Between the dates given below, the suspects are believed to have used the accounts listed to contact "
    "victims "
    "and to move the proceeds of the offences.",
    "The victims transferred sums between EUR 2,000 and EUR 48,000 to accounts controlled by the group after "
    "receiving messages that appeared to come from their bank.",
    "Log files seized at the victim company show logins from the IP addresses listed, shortly before the "
    "encryption of its servers and a ransom demand payable in a virtual currency.",
    "Witnesses describe a network of couriers who collected packages at addresses rented under false names.",
    "Analysis of a seized mobile phone revealed chats in which the suspects coordinated deliveries and "
    "payments.",
    "The domain was registered three days before the first fraudulent messages were sent and was used to "
    "host a "
    "copy of the victims' online banking page.",
    "The investigation has established that the suspect operated the account personally; no other user is "
    "known to have had access to it.",
    "Payments were split into amounts below the reporting threshold and routed through several accounts in "
    "different states within hours.",
    "A covert purchase on the platform confirmed that the seller ships from the requested state.",
    "The data sought is necessary to identify the user of the account at the time of the offences and cannot "
    "be "
    "obtained by less intrusive means.",
};

const char* const kMeasures[] = {"production of subscriber information",
                                 "production of traffic data",
                                 "production of content data",
                                 "preservation of stored computer data",
                                 "hearing of a witness",
                                 "search and seizure",
                                 "banking information",
                                 "identification of the holder of an IP address",
                                 "temporary transfer of a person "
                                 "in custody",
                                 "service of documents"};

QString s(const char* text) {
    return QString::fromUtf8(text);
}

class Sampler {
public:
    explicit Sampler(quint32 seed)
        : m_random(seed) {}
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    template <typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(int(N))]; }
    bool chance(int percent) { return below(100) < percent; }
    QString digits(int n) {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + below(10));
        return out;
    }

private:
    QRandomGenerator m_random;
};

// Measures that fit the instrument: preservation orders preserve, 2AP Art. 6
// and 7 ask for registration and subscriber information only, the general
// instruments ask for anything.
QStringList measuresFor(const QString& instrument, Sampler& rnd) {
    if (instrument == QLatin1String("epoc-pr") || instrument == QLatin1String("budapest-29"))
        return {QStringLiteral("preservation of stored computer data")};
    if (instrument == QLatin1String("2ap-6"))
        return {QStringLiteral("domain name registration information")};
    if (instrument == QLatin1String("2ap-7"))
        return {QStringLiteral("production of subscriber information")};
    static const char* const kProduction[] = {"production of subscriber information",
                                              "production of traffic data", "production of content data",
                                              "identification of the holder of an IP address"};
    if (instrument == QLatin1String("epoc") || instrument == QLatin1String("2ap-8") ||
        instrument == QLatin1String("2ap-9") || instrument == QLatin1String("cloud-act"))
        return {s(rnd.pick(kProduction))};
    QStringList measures{s(rnd.pick(kMeasures))};
    if (rnd.chance(40))
        measures << s(rnd.pick(kMeasures));
    measures.removeDuplicates();
    return measures;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isProviderOrder(const QString& instrument) {
    return instrument == QLatin1String("epoc") || instrument == QLatin1String("epoc-pr") ||
           instrument == QLatin1String("2ap-7") || instrument == QLatin1String("cloud-act");
}

bool isEuInstrument(const QString& instrument) {
    return instrument == QLatin1String("eio") || instrument == QLatin1String("epoc") ||
           instrument == QLatin1String("epoc-pr");
}

bool isEuState(const QString& code) {
    static const QStringList eu{QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("ES"),
                                QStringLiteral("IT"), QStringLiteral("NL"), QStringLiteral("BE"),
                                QStringLiteral("AT"), QStringLiteral("PL"), QStringLiteral("PT"),
                                QStringLiteral("IE")};
    return eu.contains(code);
}

// Whether the state accepts a document in English for the instrument
// (resources/states, as the completeness check reads it).
bool acceptsEnglish(const QString& state, const QString& instrument, const QString& urgency) {
    const auto& catalogue = Catalogue::shipped();
    const StateProfile* profile = catalogue ? catalogue->state(state) : nullptr;
    return !profile || profile->acceptedLanguages(instrument, urgency).contains(QStringLiteral("en"));
}

} // namespace

DemoGenerator::DemoGenerator(quint32 seed, QDateTime now)
    : m_seed(seed)
    , m_now(std::move(now)) {
}

InterchangeData DemoGenerator::generate(int requestCount) {
    Sampler rnd(m_seed);
    InterchangeData data;
    QHash<QString, QString> centralAuthority, prosecution;
    for (const StateSample& sample : kStates) {
        const QString code = s(sample.code);
        data.states.append({code, s(sample.name), s(sample.languages).split(u','), s(sample.timeZone),
                            QStringLiteral("central.authority@justice.%1.example").arg(code.toLower())});
        Authority central{newId(),
                          code,
                          s(sample.centralAuthority),
                          QStringLiteral("central-authority"),
                          s(sample.languages).split(u','),
                          s(sample.timeZone),
                          QStringLiteral("mla@justice.%1.example").arg(code.toLower()),
                          QStringLiteral("+00 555 %1").arg(rnd.digits(6)),
                          {}};
        Authority prosecutor{
            newId(),
            code,
            QStringLiteral("Public Prosecution Office, %1 Capital Region").arg(s(sample.name)),
            QStringLiteral("prosecution"),
            s(sample.languages).split(u','),
            s(sample.timeZone),
            QStringLiteral("prosecution@ppo.%1.example").arg(code.toLower()),
            {},
            {}};
        centralAuthority.insert(code, central.id);
        prosecution.insert(code, prosecutor.id);
        data.authorities << central << prosecutor;
    }

    const int caseCount = qMax(1, requestCount / 4);
    for (int i = 0; i < caseCount; ++i) {
        const int offence = rnd.below(int(std::size(kOffences)));
        data.cases.append(
            {newId(),
             QStringLiteral("%1 Js %2/%3").arg(100 + rnd.below(900)).arg(1 + i).arg(24 + rnd.below(3)),
             QStringLiteral("Investigation into %1").arg(s(kOffences[offence])),
             {s(kOffences[offence])},
             QStringLiteral("OStA %1").arg(s(rnd.pick(kFamilyNames))),
             m_now.addDays(-(60 + rnd.below(700)))});
    }

    const QList<InstrumentKey>& instruments = instrumentKeys();
    int outgoingCount = 0;
    int incomingCount = 0;
    for (int i = 0; i < requestCount; ++i) {
        Request r;
        r.id = newId();
        r.direction = rnd.chance(60) ? QStringLiteral("outgoing") : QStringLiteral("incoming");
        const bool outgoing = r.direction == QLatin1String("outgoing");
        r.instrument = instruments[i % instruments.size()].key; // every instrument, evenly
        const QStringList statuses = RequestWorkflow::statuses(r.direction);
        r.status = statuses[rnd.below(int(statuses.size()))];
        r.urgency = rnd.chance(80)   ? QStringLiteral("normal")
                    : rnd.chance(70) ? QStringLiteral("urgent")
                                     : QStringLiteral("emergency");
        QString other = s(kStates[1 + rnd.below(int(std::size(kStates)) - 1)].code);
        if (isEuInstrument(r.instrument) && !isEuState(other))
            other = QStringLiteral("FR");
        // The demo's texts are English: an outgoing request past approval
        // goes where English is accepted for its instrument, as the law asks
        // (the request would not have been approved otherwise).
        if (outgoing && approvalrule::approvedStatuses().contains(r.status) &&
            !acceptsEnglish(other, r.instrument, r.urgency)) {
            QStringList english;
            for (const StateSample& sample : kStates)
                if (QLatin1String(sample.code) != QLatin1String(kHomeState) &&
                    (!isEuInstrument(r.instrument) || isEuState(s(sample.code))) &&
                    acceptsEnglish(s(sample.code), r.instrument, r.urgency))
                    english << s(sample.code);
            if (!english.isEmpty())
                other = english[rnd.below(int(english.size()))];
            else
                r.status = QStringLiteral("in-review");
        }
        r.reference = QStringLiteral("%1-%2-%3")
                          .arg(outgoing ? QStringLiteral("OUT") : QStringLiteral("IN"))
                          .arg(m_now.date().year())
                          .arg(outgoing ? ++outgoingCount : ++incomingCount, 6, 10, QLatin1Char('0'));
        const int offence = rnd.below(int(std::size(kOffences)));
        if (outgoing)
            r.caseId = data.cases[rnd.below(int(data.cases.size()))].id;
        r.requestingState = outgoing ? s(kHomeState) : other;
        r.requestedState = outgoing ? other : s(kHomeState);
        r.requestingAuthorityId = prosecution.value(r.requestingState);
        if (isProviderOrder(r.instrument))
            r.serviceProvider = s(rnd.pick(kProviders));
        else
            r.requestedAuthorityId = centralAuthority.value(r.requestedState);
        QStringList facts; // distinct sentences, in a random order
        const int sentences = 3 + rnd.below(6);
        for (int k = 0, start = rnd.below(int(std::size(kFactSentences))); k < sentences; ++k)
            facts << s(kFactSentences[(start + k * 3) % int(std::size(kFactSentences))]);
        r.facts = facts.join(u' ');
        r.offence = s(kOffences[offence]);
        r.legalQualification = s(kQualifications[offence]);
        r.measures = measuresFor(r.instrument, rnd);
        r.assistanceSought =
            QStringLiteral("Please provide the %1 for the identifiers listed, for the period given.")
                .arg(r.measures.first());
        const int identifierCount = 1 + rnd.below(3);
        for (int k = 0; k < identifierCount; ++k) {
            switch (rnd.below(4)) {
            case 0:
                r.identifiers.append({QStringLiteral("email"), QStringLiteral("%1.%2@mail.example")
                                                                   .arg(s(rnd.pick(kGivenNames)).toLower())
                                                                   .arg(rnd.digits(3))});
                break;
            case 1:
                r.identifiers.append(
                    {QStringLiteral("ip-address"), QStringLiteral("203.0.113.%1").arg(1 + rnd.below(254))});
                break;
            case 2:
                r.identifiers.append(
                    {QStringLiteral("phone-number"), QStringLiteral("+49 30 555 %1").arg(rnd.digits(4))});
                break;
            default:
                r.identifiers.append(
                    {QStringLiteral("account"), QStringLiteral("user_%1").arg(rnd.digits(7))});
            }
        }
        // A subject line as officers write them: offence, measure, whom it concerns.
        r.summary = QStringLiteral("%1: %2 (%3)")
                        .arg(s(kOffences[offence]).left(1).toUpper() + s(kOffences[offence]).mid(1),
                             r.measures.first(), r.identifiers.first().value);
        const QDate end = m_now.date().addDays(-rnd.below(400));
        r.dateRanges.append({end.addDays(-(7 + rnd.below(120))), end});
        r.dataCategories = {QStringLiteral("subscriber")};
        const bool subscriberOnly =
            r.instrument == QLatin1String("2ap-6") || r.instrument == QLatin1String("2ap-7");
        if (!subscriberOnly && rnd.chance(60))
            r.dataCategories << QStringLiteral("traffic");
        if (!subscriberOnly && r.instrument != QLatin1String("2ap-8") && rnd.chance(20))
            r.dataCategories << QStringLiteral("content");
        r.necessity =
            QStringLiteral("The measure is necessary and proportionate: the offence of %1 carries a maximum "
                           "penalty of at least three years, the data is limited to %2 days and to the "
                           "identifiers listed, and the suspect cannot otherwise be identified.")
                .arg(r.offence)
                .arg(r.dateRanges.first().from.daysTo(r.dateRanges.first().to));
        const int personCount = rnd.below(3);
        for (int k = 0; k < personCount; ++k) {
            r.persons.append(
                {QStringLiteral("%1 %2").arg(s(rnd.pick(kGivenNames)), s(rnd.pick(kFamilyNames))),
                 k == 0 ? QStringLiteral("suspect") : QStringLiteral("witness"),
                 QDate(1960 + rnd.below(45), 1 + rnd.below(12), 1 + rnd.below(28)), other, QString()});
        }
        if (rnd.chance(30))
            r.procedures = QStringLiteral("Please certify the authenticity of the records (business records "
                                          "certificate) so they are admissible at trial.");
        r.purpose =
            QStringLiteral("To identify and prosecute the persons responsible for %1.").arg(r.offence);
        r.createdAt = m_now.addSecs(-qint64(3600) * (24 + rnd.below(24 * 500)));
        r.createdAt = r.createdAt.addMSecs(-r.createdAt.time().msec());
        // Most old requests are done with: a register is not a wall of overdue deadlines.
        if (r.createdAt.daysTo(m_now) > 150 &&
            statuses.indexOf(r.status) < statuses.indexOf(QStringLiteral("executed")) && rnd.chance(85))
            r.status = QStringLiteral("closed");
        r.updatedAt = r.createdAt.addSecs(3600 * rnd.below(24 * 20));
        if (r.updatedAt > m_now)
            r.updatedAt = m_now.addSecs(-60);
        if (outgoing && statuses.indexOf(r.status) >= statuses.indexOf(QStringLiteral("sent")))
            r.events.append({QStringLiteral("sent"), std::min(r.createdAt.addSecs(3600 * 30), m_now)});
        if (!outgoing)
            r.events.append({QStringLiteral("received"), r.createdAt});
        if (!outgoing && r.status != QLatin1String("received") && r.status != QLatin1String("acknowledged") &&
            r.instrument == QLatin1String("eio"))
            r.events.append(
                {QStringLiteral("recognized"), std::min(r.createdAt.addDays(10 + rnd.below(15)), m_now)});
        // What the other side or the officer did, as far as the status says it happened, so that the
        // deadlines it met show as met.
        const qsizetype step = statuses.indexOf(r.status);
        const auto happened = [&](const char* status) {
            const qsizetype at = statuses.indexOf(QLatin1String(status));
            return at >= 0 && step >= at && r.status != QLatin1String("refused") &&
                   r.status != QLatin1String("withdrawn");
        };
        if (happened("acknowledged"))
            r.events.append(
                {QStringLiteral("acknowledged"), std::min(r.createdAt.addDays(2 + rnd.below(5)), m_now)});
        // An outgoing request acknowledged by the other side: the receipt it
        // confirms (EIO Annex B, a provider's confirmation) starts the periods
        // that side must keep, which the issuing office tracks; an EIO in
        // execution there has been recognised.
        if (outgoing && happened("acknowledged")) {
            const QDateTime received = std::min(r.createdAt.addDays(1 + rnd.below(2)), m_now);
            r.events.append({QStringLiteral("received"), received});
            if (r.instrument == QLatin1String("eio") && happened("in-execution"))
                r.events.append(
                    {QStringLiteral("recognized"), std::min(received.addDays(10 + rnd.below(15)), m_now)});
        }
        if (happened("executed")) {
            r.events.append(
                {QStringLiteral("produced"), std::min(r.createdAt.addDays(5 + rnd.below(10)), m_now)});
            r.events.append(
                {QStringLiteral("executed"), std::min(r.createdAt.addDays(30 + rnd.below(50)), m_now)});
        }
        // A production order often follows a preservation order for the same data.
        if (i > 0 &&
            (r.instrument == QLatin1String("epoc") || r.instrument == QLatin1String("budapest-31")) &&
            rnd.chance(50)) {
            const QString preservation = r.instrument == QLatin1String("epoc")
                                             ? QStringLiteral("epoc-pr")
                                             : QStringLiteral("budapest-29");
            for (int back = int(data.requests.size()) - 1; back >= 0 && back > data.requests.size() - 40;
                 --back)
                if (data.requests[back].instrument == preservation &&
                    data.requests[back].direction == r.direction) {
                    r.links.append({data.requests[back].id, QStringLiteral("production-of-preserved")});
                    break;
                }
        }
        // The demo's free texts are written in English, and say so.
        data.texts[r.id].textLanguage = QStringLiteral("en");
        // An outgoing request past approval was approved, before it was
        // sent, by "prosecutor" (the sandbox's second user): four eyes hold
        // in the demo as in a register (schema v10), and a restore keeps it.
        static const QStringList approvedStatuses = approvalrule::approvedStatuses();
        if (outgoing && approvedStatuses.contains(r.status)) {
            const QDateTime approvedAt = std::min(r.createdAt.addSecs(3600 * (2 + rnd.below(26))), m_now);
            data.accountability[r.id].approvals.append(
                {approver(), approvedAt, {}, RequestService::contentHash(r), {}, {}});
        }
        data.requests.append(std::move(r));
    }
    return data;
}

} // namespace mladesk
