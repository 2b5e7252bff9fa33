<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Request for mutual legal assistance</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Letter of request</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Document identifier</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>This document is a draft and cannot be sent.</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Missing or incomplete</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Not yet translated into this language</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requesting authority</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requested authority</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Validating authority</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requesting State</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requested State</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing State</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Executing State</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Summary of the facts</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Applicable provisions of law</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Assistance sought</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Investigative measures</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Period</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Subscriber data</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data requested for the sole purpose of identifying the user</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Traffic data</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Content data</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Necessity and proportionality</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Persons concerned</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Location</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Accused person</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Formalities and procedures requested</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Purpose of the request</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Related requests</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Name and function of the signatory</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Official stamp</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Language of this document</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Subject matter</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Telephone number</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Domain name</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>IMEI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IBAN</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Offences</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offences</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Draft translation, not yet reviewed</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Annex A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Annex B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Annex I</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Annex II</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Annex VI</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Emergency mutual assistance (CETS 224 Art. 10)</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requested Party</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence under investigation</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Description of the facts</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Request for domain name registration information (CETS 224 Art. 6)</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date of issue and identity and contact details of the competent authority issuing the request</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Entity providing domain name registration services addressed</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Domain name about which information is sought</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Detailed list of the information sought, including the particular data elements</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relevance of the information to the specific investigation (conditions and safeguards)</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Time frame within which and manner in which to disclose, and any special procedural instructions</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing authority and date issued</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the order is issued pursuant to the Protocol</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Name and address of the service provider to be served</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence that is the subject of the criminal investigation or proceeding</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Authority seeking the subscriber information, if not the issuing authority</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Detailed description of the specific subscriber information sought</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers of the account or service concerned</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date and time (range) to which the subscriber information relates</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Time frame and manner of return; special procedural instructions</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Whether preservation of the data has already been sought, with the date of preservation and any reference number</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Summary of the facts (given to a Party that requires notification of orders)</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Necessity and proportionality of the order (conditions and safeguards)</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Name of the requesting authority and date the order was issued</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the order is submitted pursuant to the Protocol</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Detailed description of the specific information or data sought</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers of the accounts or services concerned</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date and time range of the data sought</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Subscriber information or traffic data</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Domestic legal grounds, legal provisions and applicable penalties</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Summary of the facts related to the investigation or proceeding</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Competent authority seeking the data and date of the request</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the request is issued pursuant to the Protocol</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Name and address of the service provider in possession or control of the data</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence, with reference to its legal provisions and applicable penalties</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Legal provisions and applicable penalties</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Facts of the case</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Detailed description of the data sought</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers of the data sought</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Any special procedural instructions</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Expedited preservation of stored computer data (Budapest Convention Art. 29)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Authority seeking the preservation</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence that is the subject of the criminal investigation or proceedings</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Brief summary of the related facts</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Stored computer data to be preserved and its relationship to the offence</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers of the stored computer data to be preserved</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Period of the stored computer data to be preserved</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Any available information identifying the custodian of the stored computer data or the location of the computer system</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Necessity of the preservation</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identifiers of the specific communication whose traffic data are to be preserved</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Date and time of the specific communication</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Reference / case number</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Prosecution office or court in charge and case number</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data categories sought</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relevance and necessity of the data for the investigation</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Order under a CLOUD Act executive agreement</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing authority of the foreign government (the order is 'issued by the foreign government')</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Provider of an electronic communications or remote computing service addressed</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Serious crime under investigation</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Specific person, account, address, personal device or other specific identifier as the object of the order</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Period covered (particularity of the order)</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Facts of the conduct under investigation (articulable and credible facts)</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>European Investigation Order</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing State / Executing State</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Investigative measure(s) to be carried out</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relationship to an earlier EIO</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identity of the person concerned</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Type of proceedings for which the EIO is issued</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Grounds for issuing the EIO</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Additional requirements for certain measures</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Transfer of a person held in custody</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Videoconference or telephone conference or other audiovisual transmission</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information on bank and other financial accounts</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information on banking and other financial operations</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Covert investigations</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Interception of telecommunications</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Formalities and procedures requested for the execution</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Legal remedies</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Details of the authority which issued the EIO</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Details of the judicial authority which validated the EIO</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>The EIO concerned</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Authority which received the EIO</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Any other information that may be relevant to the issuing authority</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Signature and date</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing authority (and, where applicable, validating authority)</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Object of and reasons for the EIO</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Necessary information available on the person(s) concerned</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Description of the criminal act under investigation or in proceedings</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Applicable provisions of the criminal law of the issuing State</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Investigative measure(s) requested</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Description of the evidence to be obtained</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information for the purpose of identifying the subject of the interception</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>The desired duration of the interception</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>European Preservation Order Certificate</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing/validating authority</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relation to other preservation order</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information about the user</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data to be preserved</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information on the underlying conditions</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Details of the issuing authority</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Details of the validating authority</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Extension of the preservation obligation by an additional 30 days</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Details of the issuing authority and signature</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Issuing authority and, where applicable, validating authority</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Addressee (designated establishment or legal representative of the service provider)</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>User or other unique identifier determining the data to be preserved</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data category to be preserved</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Time range of the data to be preserved</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence (any criminal offence)</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>European Production Order Certificate</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relation to other production/preservation order</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Relevant information for notification</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Data to be produced</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Information to the user</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Notification and details of the enforcing authority</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Transfer of data</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Any other relevant information</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>User or other unique identifier (user name, login ID, account name) determining the data sought</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Requested data category (subscriber, user-identifying, traffic, content)</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Time range of the data requested</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Duly justified reasons for the emergency</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Grounds for the necessity and proportionality of the measure</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Summary description of the case</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Identity of the authority making the request</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Summary of the relevant facts (not needed for requests for service of judicial documents)</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Measures sought</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Where possible, identity, location and nationality of any person concerned</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>source text</translatorcomment>
        <translation>Purpose for which the evidence, information or action is sought</translation>
    </message>
</context>
</TS>
