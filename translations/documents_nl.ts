<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verzoek om wederzijdse rechtshulp</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Rogatoire commissie</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Documentidentificatie</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>CONCEPT</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Dit document is een concept en kan niet worden verzonden.</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ontbrekend of onvolledig</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nog niet in deze taal vertaald</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verzoekende autoriteit</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aangezochte autoriteit</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende autoriteit</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Validerende autoriteit</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verzoekende staat</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aangezochte staat</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende staat</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvoerende staat</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Dienstverlener</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referentie van de zaak</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Spoedeisendheid</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Spoedeisend</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Noodsituatie</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Samenvatting van de feiten</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Toepasselijke wettelijke bepalingen</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde rechtshulp</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Onderzoeksmaatregelen</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificatoren</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>van %1 tot en met %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Abonneegegevens</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens die uitsluitend worden gevraagd om de gebruiker te identificeren</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verkeersgegevens</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Inhoudsgegevens</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Noodzakelijkheid en evenredigheid</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Betrokken personen</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verblijfplaats</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verdachte</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beklaagde</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Slachtoffer</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Overige</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde formaliteiten en procedures</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Doel van het verzoek</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Samenhangende verzoeken</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naam en functie van de ondertekenaar</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Officieel stempel</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Plaats en datum</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Rechtsgrondslag</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Taal van dit document</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Domeinnaam</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>IMEI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IBAN</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Offences</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbare feiten</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Voorlopige vertaling, nog niet nagekeken</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bijlage A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bijlage B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bijlage I</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bijlage II</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bijlage VI</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Wederzijdse bijstand in noodsituaties (CETS nr. 224, art. 10)</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aangezochte Partij</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit waarnaar een onderzoek loopt</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beschrijving van de feiten</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Feiten waaruit blijkt dat er sprake is van een noodsituatie en hoe de gevraagde bijstand daarmee verband houdt</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verzoek om informatie over de registratie van domeinnamen (CETS nr. 224, art. 6)</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datum van uitvaardiging en identiteit en contactgegevens van de bevoegde autoriteit die het verzoek doet</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aangeschreven entiteit die registratiediensten voor domeinnamen verleent</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Domeinnaam waarover informatie wordt gevraagd</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gedetailleerde lijst van de gevraagde informatie, met inbegrip van de specifieke gegevenselementen</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relevante datum of periode van de registratiegegevens (niet genoemd in art. 6, lid 3; opgenomen voor de volledigheid van gegevensverzoeken)</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verklaring dat het verzoek op grond van het Protocol wordt gedaan, dat de informatie nodig is voor een specifiek strafrechtelijk onderzoek of een specifieke strafprocedure en uitsluitend daarvoor zal worden gebruikt</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relevantie van de informatie voor het specifieke onderzoek (voorwaarden en waarborgen)</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Termijn waarbinnen en wijze waarop de informatie moet worden verstrekt, en eventuele bijzondere procedurele instructies</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verstrekking van abonnee-informatie rechtstreeks door een dienstverlener (CETS nr. 224, art. 7)</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende autoriteit en datum van uitvaardiging</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verklaring dat het bevel op grond van het Protocol wordt uitgevaardigd</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naam en adres van de dienstverlener aan wie het bevel moet worden betekend</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit waarop het strafrechtelijk onderzoek of de strafprocedure betrekking heeft</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translation>Autoriteit die de abonnee-informatie vraagt, indien niet de uitvaardigende autoriteit</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gedetailleerde beschrijving van de specifieke gevraagde abonnee-informatie</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificatoren van de betrokken account of dienst</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datum en tijd (periode) waarop de abonnee-informatie betrekking heeft</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nationale rechtsgronden voor de bevoegdheid van de autoriteit, wettelijke bepalingen en toepasselijke straffen</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translation>Contactgegevens van de autoriteit waaraan de dienstverlener de abonnee-informatie verstrekt, om nadere informatie vraagt of anderszins antwoordt</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Termijn en wijze van verstrekking; bijzondere procedurele instructies</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translation>Vermelding of de bewaring van de gegevens al is gevraagd, met de datum van bewaring en een eventueel referentienummer</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translation>In voorkomend geval, verklaring dat het bevel gelijktijdig ter kennis is gebracht van de autoriteiten van de Partij van de dienstverlener (art. 7(5))</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Samenvatting van de feiten (te verstrekken aan een Partij die kennisgeving van bevelen verlangt)</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Noodzakelijkheid en evenredigheid van het bevel (voorwaarden en waarborgen)</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Tenuitvoerlegging van bevelen van een andere Partij tot spoedige verstrekking van abonnee-informatie en verkeersgegevens (CETS nr. 224, art. 8)</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naam van de verzoekende autoriteit en datum van uitvaardiging van het bevel</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translation>Verklaring dat het bevel op grond van het Protocol wordt uitgevaardigd</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gedetailleerde beschrijving van de specifieke gevraagde informatie of gegevens</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificatoren van de betrokken accounts of diensten</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datum- en tijdsbereik van de gevraagde gegevens</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Abonnee-informatie of verkeersgegevens</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nationale rechtsgronden, wettelijke bepalingen en toepasselijke straffen</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Samenvatting van de feiten in verband met het onderzoek of de procedure</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relevantie van de informatie of gegevens voor het onderzoek of de procedure (noodzakelijkheid en evenredigheid)</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Spoedige verstrekking van opgeslagen computergegevens in een noodsituatie (CETS nr. 224, art. 9)</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bevoegde autoriteit die om de gegevens verzoekt en datum van het verzoek</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verklaring dat het verzoek op grond van het Protocol wordt gedaan</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naam en adres van de dienstverlener die de gegevens in zijn bezit of onder zijn controle heeft</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit, met vermelding van de wettelijke bepalingen en de toepasselijke straffen</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Wettelijke bepalingen en toepasselijke straffen</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Feiten van de zaak</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Voldoende feiten waaruit blijkt dat er sprake is van een noodsituatie en hoe de gevraagde gegevens daarmee verband houden</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gedetailleerde beschrijving van de gevraagde gegevens</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificatoren van de gevraagde gegevens</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Eventuele bijzondere procedurele instructies</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Spoedige bewaring van opgeslagen computergegevens (Verdrag van Boedapest, art. 29)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoriteit die om bewaring verzoekt</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit waarop het strafrechtelijk onderzoek of de strafprocedures betrekking hebben</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Korte samenvatting van de daarmee verband houdende feiten</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Te bewaren opgeslagen computergegevens en hun verband met het strafbaar feit</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificatoren van de te bewaren opgeslagen computergegevens</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Periode van de te bewaren opgeslagen computergegevens</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Alle beschikbare informatie aan de hand waarvan de beheerder van de opgeslagen computergegevens of de locatie van het computersysteem kan worden vastgesteld</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Noodzaak van de bewaring</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verklaring dat de Partij voornemens is een verzoek om wederzijdse rechtshulp in te dienen voor de doorzoeking, inbeslagneming of verstrekking van de gegevens</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translation>Snelle openbaarmaking van bewaarde verkeersgegevens (Verdrag van Boedapest, art. 30)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translation>Autoriteit die de bewaring van de verkeersgegevens vraagt (het verzoek op grond van art. 29 bij de uitvoering waarvan de openbaarmaking plaatsvindt)</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translation>Te bewaren verkeersgegevens van een bepaalde communicatie en hun verband met het strafbare feit</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translation>Identificatiegegevens van de bepaalde communicatie waarvan de verkeersgegevens moeten worden bewaard</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translation>Datum en tijd van de bepaalde communicatie</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translation>Verklaring dat de Partij voornemens is een verzoek om rechtshulp in te dienen voor de doorzoeking of soortgelijke toegang, de inbeslagneming of soortgelijke veiligstelling, of de openbaarmaking van de gegevens</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Wederzijdse rechtshulp met betrekking tot toegang tot opgeslagen computergegevens (Verdrag van Boedapest, art. 31)</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referentie / zaaknummer</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verzoekende autoriteit (organisatie, verantwoordelijke persoon, contactgegevens, kantooruren, tijdzone)</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bevoegd openbaar ministerie of bevoegde rechter en zaaknummer</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Doorzoeking of soortgelijke toegang, inbeslagneming of soortgelijke beveiliging en verstrekking van gegevens die op het grondgebied van de aangezochte Partij zijn opgeslagen</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde gegevenscategorieën</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relevantie en noodzaak van de gegevens voor het onderzoek</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bevel op grond van een uitvoeringsovereenkomst krachtens de CLOUD Act</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende autoriteit van de buitenlandse regering (het bevel wordt „door de buitenlandse regering uitgevaardigd”)</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aangeschreven aanbieder van een elektronische-communicatiedienst of een dienst voor computerverwerking op afstand</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Doel: voorkoming, opsporing, onderzoek of vervolging van ernstige criminaliteit, met inbegrip van terrorisme</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ernstig strafbaar feit waarnaar een onderzoek loopt</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Specifieke persoon, account, adres, persoonlijk apparaat of andere specifieke identificator als voorwerp van het bevel</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bestreken periode (specificiteit van het bevel)</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naleving van het nationale recht van het uitvaardigende land (de verplichting van de aanbieder vloeit uitsluitend voort uit dat recht)</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Feiten betreffende de gedraging waarnaar een onderzoek loopt (concrete en geloofwaardige feiten)</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Redelijke rechtvaardiging op basis van concrete en geloofwaardige feiten, specificiteit, rechtmatigheid en ernst met betrekking tot de gedraging waarnaar een onderzoek loopt</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Toetsing of toezicht door een rechterlijke instantie, rechter, magistraat of andere onafhankelijke autoriteit voorafgaand aan, of in procedures betreffende, de tenuitvoerlegging</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Europees onderzoeksbevel</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende staat / Uitvoerende staat</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uit te voeren onderzoeksmaatregel(en)</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verband met een eerder EOB</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identiteit van de betrokkene</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Soort procedure waarvoor het EOB wordt uitgevaardigd</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Redenen voor de uitvaardiging van het EOB</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aanvullende vereisten voor bepaalde maatregelen</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Overbrenging van een gedetineerde</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Videoconferentie of telefoonconferentie of andere audiovisuele transmissie</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie over bankrekeningen en andere financiële rekeningen</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie over bankverrichtingen en andere financiële verrichtingen</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Onderzoeksmaatregelen die de verzameling van bewijsmateriaal in real time, doorlopend en gedurende een bepaalde periode inhouden</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infiltratie</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Interceptie van telecommunicatie</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Voor de uitvoering gevraagde formaliteiten en procedures</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Rechtsmiddelen</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens van de autoriteit die het EOB heeft uitgevaardigd</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens van de rechterlijke autoriteit die het EOB heeft gevalideerd</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Het betrokken EOB</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoriteit die het EOB heeft ontvangen</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Bevoegde autoriteit waaraan het EOB door de in afdeling B bedoelde autoriteit wordt toegezonden (indien van toepassing)</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Alle overige informatie die voor de uitvaardigende autoriteit van belang kan zijn</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Handtekening en datum</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende autoriteit (en, in voorkomend geval, validerende autoriteit)</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Voorwerp van en redenen voor het EOB</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beschikbare noodzakelijke informatie over de betrokkene(n)</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beschrijving van het strafbare feit waarnaar een onderzoek loopt of dat het voorwerp van een procedure is</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Toepasselijke bepalingen van het strafrecht van de uitvaardigende staat</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde onderzoeksmaatregel(en)</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beschrijving van het te verkrijgen bewijsmateriaal</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Noodzakelijkheid en evenredigheid voor de doeleinden van de procedure, rekening houdend met de rechten van de verdachte of beklaagde</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie om de persoon op wie de interceptie betrekking heeft te identificeren</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>De gewenste duur van de interceptie</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Voldoende technische gegevens, met name de doelidentificatie, om de uitvoering van het Europees onderzoeksbevel te waarborgen</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>De redenen waarom de uitvaardigende autoriteit de interceptie relevant acht voor de betrokken strafprocedure</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Certificaat voor een Europees bewaringsbevel</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende/validerende autoriteit</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verband met een ander bewaringsbevel</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie over de gebruiker</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Te bewaren gegevens</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie over de onderliggende voorwaarden</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens van de uitvaardigende autoriteit</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens van de validerende autoriteit</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Betrokken EPOC-PR (uitvaardigende staat, uitvaardigende autoriteit, dossiernummers, datum van het EPOC-PR)</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verlenging van de bewaringsverplichting met 30 dagen</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gegevens van de uitvaardigende autoriteit en handtekening</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Uitvaardigende autoriteit en, in voorkomend geval, validerende autoriteit</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Geadresseerde (aangewezen vestiging of wettelijke vertegenwoordiger van de dienstverlener)</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gebruiker of andere unieke identificator aan de hand waarvan de te bewaren gegevens worden bepaald</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Te bewaren gegevenscategorie</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Tijdsbereik van de te bewaren gegevens</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit (elk strafbaar feit)</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gronden voor de noodzakelijkheid en evenredigheid van de maatregel (voorkomen dat gegevens worden verwijderd, gewist of gewijzigd in afwachting van een verzoek om verstrekking)</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Certificaat voor een Europees verstrekkingsbevel</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Verband met een ander verstrekkings-/bewaringsbevel</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relevante informatie voor de kennisgeving</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Te verstrekken gegevens</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Informatie aan de gebruiker</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Kennisgeving en gegevens van de handhavingsautoriteit</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Doorgifte van gegevens</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Alle overige relevante informatie</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gebruiker of andere unieke identificator (gebruikersnaam, inlog-ID, accountnaam) aan de hand waarvan de gevraagde gegevens worden bepaald</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde gegevenscategorie (abonneegegevens, gegevens uitsluitend ter identificatie van de gebruiker, verkeersgegevens, inhoudsgegevens)</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Tijdsbereik van de gevraagde gegevens</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit (verkeers- en inhoudsgegevens alleen voor strafbare feiten waarop een maximumstraf van ten minste drie jaar staat of die zijn genoemd in art. 5, lid 4, punten b) en c))</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Naar behoren gemotiveerde redenen voor de noodsituatie</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gronden voor de noodzakelijkheid en evenredigheid van de maatregel</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beknopte beschrijving van de zaak</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Wederzijdse rechtshulp (VN-Verdrag tegen grensoverschrijdende georganiseerde misdaad, art. 18, of bilateraal verdrag)</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identiteit van de autoriteit die het verzoek doet</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Onderwerp en aard van het onderzoek, de vervolging of de gerechtelijke procedure, en naam en taken van de autoriteit die deze uitvoert</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Strafbaar feit waarnaar een onderzoek loopt (onderdeel van het onderwerp en de aard van het onderzoek, de vervolging of de gerechtelijke procedure)</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Samenvatting van de relevante feiten (niet vereist voor verzoeken om betekening van gerechtelijke stukken)</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Beschrijving van de gevraagde rechtshulp en bijzonderheden over een specifieke procedure die de verzoekende staat wenst te doen volgen</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Gevraagde maatregelen</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Indien mogelijk, identiteit, verblijfplaats en nationaliteit van elke betrokkene</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Doel waarvoor het bewijsmateriaal, de informatie of de handeling wordt gevraagd</translation>
    </message>
    <message>
        <source>Requesting authority (contents otherwise as required by the applicable treaty or Art. 27 of the Convention)</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Verzoekende autoriteit (inhoud voor het overige volgens het toepasselijke verdrag of artikel 27 van het Verdrag)</translation>
    </message>
    <message>
        <source>Statement that the request is submitted pursuant to the Protocol</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Verklaring dat het verzoek op grond van het Protocol wordt ingediend</translation>
    </message>
</context>
</TS>
