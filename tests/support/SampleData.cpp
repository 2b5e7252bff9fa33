#include "SampleData.h"

#include "services/RequestService.h"
#include "services/Session.h"
#include "services/Workspace.h"

namespace mladesk::test {

InterchangeData fixtureData() {
    InterchangeData data;
    data.states = {
        {QStringLiteral("DE"),
         QStringLiteral("Germany"),
         {QStringLiteral("de")},
         QStringLiteral("Europe/Berlin"),
         QStringLiteral("BfJ, Bonn")},
        {QStringLiteral("IE"),
         QStringLiteral("Ireland"),
         {QStringLiteral("en"), QStringLiteral("ga")},
         QStringLiteral("Europe/Dublin"),
         {}},
    };
    data.authorities = {
        {QStringLiteral("00000000-0000-4000-8000-000000000001"),
         QStringLiteral("DE"),
         QStringLiteral("Staatsanwaltschaft Berlin"),
         QStringLiteral("prosecution"),
         {QStringLiteral("de")},
         QStringLiteral("Europe/Berlin"),
         QStringLiteral("poststelle@sta.example"),
         {},
         {}},
        {QStringLiteral("00000000-0000-4000-8000-000000000002"),
         QStringLiteral("IE"),
         QStringLiteral("Northwind Mail Ltd (legal representative)"),
         QStringLiteral("service-provider"),
         {QStringLiteral("en")},
         QStringLiteral("Europe/Dublin"),
         {},
         {},
         QStringLiteral("1 Dock Road, Dublin")},
    };
    data.cases = {{QStringLiteral("00000000-0000-4000-8000-0000000000c1"),
                   QStringLiteral("276 Js 1234/26"),
                   QStringLiteral("Phishing wave against Berlin savings banks"),
                   {QStringLiteral("computer fraud")},
                   QStringLiteral("OStA Weber"),
                   QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)}};

    Request preservation;
    preservation.id = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
    preservation.reference = QStringLiteral("OUT-2026-0001");
    preservation.direction = QStringLiteral("outgoing");
    preservation.instrument = QStringLiteral("epoc-pr");
    preservation.caseId = data.cases[0].id;
    preservation.status = QStringLiteral("sent");
    preservation.urgency = QStringLiteral("urgent");
    preservation.requestingState = QStringLiteral("DE");
    preservation.requestingAuthorityId = data.authorities[0].id;
    preservation.requestedState = QStringLiteral("IE");
    preservation.requestedAuthorityId = data.authorities[1].id;
    preservation.serviceProvider = QStringLiteral("Northwind Mail Ltd");
    preservation.summary = QStringLiteral("Preserve mailbox data of the phishing sender");
    preservation.facts = QStringLiteral("The suspect %1 sent phishing e-mails to 2,300 customers.")
                             .arg(QLatin1String(kSecretMarker));
    preservation.offence = QStringLiteral("computer fraud");
    preservation.legalQualification = QStringLiteral("§ 263a StGB");
    preservation.assistanceSought = QStringLiteral("Preserve subscriber and traffic data of the account.");
    preservation.measures = {QStringLiteral("preservation of stored computer data")};
    preservation.identifiers = {{QStringLiteral("email"), QStringLiteral("heinrich.phish@mail.example")}};
    preservation.dateRanges = {{QDate(2026, 1, 1), QDate(2026, 1, 31)}};
    preservation.dataCategories = {QStringLiteral("subscriber"), QStringLiteral("traffic")};
    preservation.necessity = QStringLiteral("Necessary: the data would otherwise be deleted after 30 days.");
    preservation.persons = {{QStringLiteral("Heinrich Zyxwvut"), QStringLiteral("suspect"), QDate(1988, 4, 2),
                             QStringLiteral("DE"), QStringLiteral("Berlin")}};
    preservation.procedures = QStringLiteral("Do not inform the user.");
    preservation.purpose = QStringLiteral("To identify the sender.");
    preservation.events = {{QStringLiteral("sent"), QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC)}};
    preservation.createdAt = QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC);
    preservation.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);

    Request production = preservation;
    production.id = QStringLiteral("00000000-0000-4000-8000-0000000000a2");
    production.reference = QStringLiteral("OUT-2026-0002");
    production.instrument = QStringLiteral("epoc");
    production.status = QStringLiteral("draft");
    production.summary = QStringLiteral("Produce the preserved mailbox data");
    production.events = {};
    production.links = {{preservation.id, QStringLiteral("production-of-preserved")}};
    data.requests = {preservation, production};
    return data;
}

InterchangeData sampleData() {
    InterchangeData data = fixtureData();
    // Facts stated fully enough for the instruments' completeness checks
    // (Regulation (EU) 2023/1543 Art. 5(5)(j), Art. 6(4)): approvable requests.
    for (Request& request : data.requests)
        request.facts =
            QStringLiteral("The suspect %1 sent phishing e-mails to 2,300 customers of Berlin savings "
                           "banks in January 2026, asking for their online banking credentials.")
                .arg(QLatin1String(kSecretMarker));
    // The preservation order was sent: a prosecutor approved it first (four
    // eyes, schema v10), as a restore of this data carries it.
    const Request& sent = data.requests.first();
    Q_ASSERT(sent.status == QLatin1String("sent"));
    data.accountability[sent.id].approvals.append({QStringLiteral("paula"),
                                                   QDateTime(QDate(2026, 1, 31), QTime(16, 0), Qt::UTC),
                                                   QStringLiteral("Proportionate."),
                                                   RequestService::contentHash(sent),
                                                   {},
                                                   {}});
    return data;
}

} // namespace mladesk::test
