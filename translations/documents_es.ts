<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Solicitud de asistencia judicial</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Comisión rogatoria</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificador del documento</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Este documento es un borrador y no puede enviarse.</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Falta o está incompleto</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Aún no traducido a esta lengua</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad requirente</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad requerida</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de validación</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Estado requirente</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Estado requerido</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Estado de emisión</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Estado de ejecución</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referencia del asunto</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Resumen de los hechos</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción penal</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Disposiciones legales aplicables</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Asistencia solicitada</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Medidas de investigación</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Período</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Categorías de datos</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de los abonados</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos solicitados con el único fin de identificar al usuario</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de tráfico</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de contenido</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Necesidad y proporcionalidad</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Acusado</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Formalidades y procedimientos solicitados</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Finalidad de la solicitud</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Solicitudes relacionadas</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre y cargo del firmante</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Sello oficial</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>No procede</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Lengua del presente documento</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre de dominio</translation>
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
        <translation>Infracciones penales</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Traducción provisional, aún no revisada</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Anexo A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Anexo B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Anexo I</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Anexo II</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Anexo VI</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Asistencia mutua de emergencia (STCE n.º 224, art. 10)</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Parte requerida</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción objeto de investigación</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción de los hechos</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Hechos que demuestran que existe una emergencia y la relación de la asistencia solicitada con ella</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Solicitud de información sobre el registro de nombres de dominio (STCE n.º 224, art. 6)</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fecha de emisión e identidad y datos de contacto de la autoridad competente que emite la solicitud</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Entidad proveedora de servicios de registro de nombres de dominio a la que se dirige la solicitud</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre de dominio sobre el que se solicita información</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Lista detallada de la información solicitada, incluidos los elementos de datos concretos</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fecha o período pertinente de los datos de registro (no enumerado en el art. 6, apartado 3; se mantiene para que las solicitudes de datos estén completas)</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Declaración de que la solicitud se emite en virtud del Protocolo, de que la información es necesaria para una investigación o un procedimiento penal concreto y de que solo se utilizará para ese fin</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Pertinencia de la información para la investigación concreta (condiciones y salvaguardias)</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Plazo y forma de la revelación, y cualquier instrucción procesal especial</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Revelación de información sobre abonados directamente por un proveedor de servicios (STCE n.º 224, art. 7)</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión y fecha de emisión</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Declaración de que la orden se emite en virtud del Protocolo</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre y dirección del proveedor de servicios al que debe notificarse la orden</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción objeto de la investigación o del procedimiento penal</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translation>Autoridad que solicita la información sobre los abonados, si no es la autoridad emisora</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción detallada de la información concreta sobre abonados que se solicita</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificadores de la cuenta o del servicio de que se trate</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fecha y hora (intervalo) a que se refiere la información sobre abonados</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fundamentos jurídicos internos que facultan a la autoridad, disposiciones legales y penas aplicables</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translation>Datos de contacto de la autoridad a la que el proveedor de servicios devuelve la información sobre los abonados, solicita información adicional o responde de otro modo</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Plazo y forma de la entrega; instrucciones procesales especiales</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translation>Indicación de si ya se ha solicitado la conservación de los datos, con la fecha de conservación y cualquier número de referencia</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translation>En su caso, declaración de que la orden se ha notificado simultáneamente a las autoridades de la Parte del proveedor de servicios (art. 7(5))</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Resumen de los hechos (facilitado a una Parte que exija la notificación de las órdenes)</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Necesidad y proporcionalidad de la orden (condiciones y salvaguardias)</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ejecución de órdenes de otra Parte para la presentación acelerada de información sobre abonados y datos de tráfico (STCE n.º 224, art. 8)</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre de la autoridad requirente y fecha en que se emitió la orden</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translation>Declaración de que la orden se emite en virtud del Protocolo</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción detallada de la información o los datos concretos solicitados</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificadores de las cuentas o los servicios de que se trate</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Intervalo de fechas y horas de los datos solicitados</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información sobre abonados o datos de tráfico</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fundamentos jurídicos internos, disposiciones legales y penas aplicables</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Resumen de los hechos relacionados con la investigación o el procedimiento</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Pertinencia de la información o los datos para la investigación o el procedimiento (necesidad y proporcionalidad)</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Revelación acelerada de datos informáticos almacenados en caso de emergencia (STCE n.º 224, art. 9)</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad competente que solicita los datos y fecha de la solicitud</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Declaración de que la solicitud se emite en virtud del Protocolo</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Nombre y dirección del proveedor de servicios que posee o controla los datos</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción, con referencia a sus disposiciones legales y a las penas aplicables</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Disposiciones legales y penas aplicables</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Hechos del caso</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Hechos suficientes para demostrar que existe una emergencia y la relación de los datos solicitados con ella</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción detallada de los datos solicitados</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificadores de los datos solicitados</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Cualquier instrucción procesal especial</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Conservación rápida de datos informáticos almacenados (Convenio de Budapest, art. 29)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad que solicita la conservación</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción objeto de la investigación o de los procedimientos penales</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Breve resumen de los hechos relacionados</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos informáticos almacenados que deben conservarse y su relación con la infracción</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identificadores de los datos informáticos almacenados que deben conservarse</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Período de los datos informáticos almacenados que deben conservarse</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Toda información disponible que permita identificar al custodio de los datos informáticos almacenados o la ubicación del sistema informático</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Necesidad de la conservación</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Declaración de que la Parte tiene intención de presentar una solicitud de asistencia mutua para el registro, la confiscación o la revelación de los datos</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translation>Revelación rápida de datos relativos al tráfico conservados (Convenio de Budapest, art. 30)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translation>Autoridad que solicita la conservación de los datos relativos al tráfico (la solicitud del art. 29 en cuya ejecución se produce la revelación)</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translation>Datos relativos al tráfico de una comunicación específica que deben conservarse, y su relación con el delito</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translation>Identificadores de la comunicación específica cuyos datos relativos al tráfico deben conservarse</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translation>Fecha y hora de la comunicación específica</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translation>Declaración de que la Parte tiene la intención de presentar una solicitud de asistencia mutua para el registro o acceso similar, la confiscación u obtención similar, o la revelación de los datos</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Asistencia mutua en relación con el acceso a datos informáticos almacenados (Convenio de Budapest, art. 31)</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Referencia / número de asunto</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad requirente (organismo, persona responsable, datos de contacto, horario de oficina, huso horario)</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Fiscalía o tribunal competente y número de asunto</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Registro o acceso similar, confiscación u obtención similar y revelación de datos almacenados en el territorio de la Parte requerida</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Categorías de datos solicitadas</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Pertinencia y necesidad de los datos para la investigación</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Orden en virtud de un acuerdo ejecutivo de la Ley CLOUD</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión del gobierno extranjero (la orden es «emitida por el gobierno extranjero»)</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Proveedor de servicios de comunicaciones electrónicas o de servicios informáticos a distancia al que se dirige la orden</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Finalidad: prevención, detección, investigación o enjuiciamiento de delitos graves, incluido el terrorismo</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Delito grave objeto de investigación</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Persona, cuenta, dirección, dispositivo personal u otro identificador específico que es objeto de la orden</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Período cubierto (especificidad de la orden)</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Conformidad con el Derecho interno del país emisor (la obligación del proveedor se deriva exclusivamente de ese Derecho)</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Hechos relativos a la conducta investigada (hechos concretos y creíbles)</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Justificación razonable basada en hechos concretos y creíbles, especificidad, legalidad y gravedad en relación con la conducta investigada</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Revisión o supervisión por un tribunal, juez, magistrado u otra autoridad independiente antes de la ejecución o en el marco de un procedimiento relativo a esta</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>reviewed: Directiva 2014/41/UE, DO L 130 de 1.5.2014, title (https://eur-lex.europa.eu/legal-content/EN-ES/TXT/?from=EN&amp;uri=CELEX%3A32014L0041)</translatorcomment>
        <translation>Orden europea de investigación</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Estado de emisión / Estado de ejecución</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Medida(s) de investigación que deben llevarse a cabo</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relación con una OEI anterior</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identidad de la persona afectada</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Tipo de procedimiento para el que se emite la OEI</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Motivos de la emisión de la OEI</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Requisitos adicionales para determinadas medidas</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Traslado de una persona detenida</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Videoconferencia, conferencia telefónica u otra transmisión audiovisual</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información sobre cuentas bancarias y otras cuentas financieras</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información sobre operaciones bancarias y otras operaciones financieras</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Medidas de investigación que impliquen la obtención de pruebas en tiempo real, de manera continua y durante un determinado período de tiempo</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Investigaciones encubiertas</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Intervención de telecomunicaciones</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Formalidades y procedimientos solicitados para la ejecución</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Vías de recurso</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de la autoridad que emitió la OEI</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de la autoridad judicial que validó la OEI</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>La OEI de que se trata</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad que recibió la OEI</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad competente a la que la autoridad mencionada en la sección B transmite la OEI (en su caso)</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Cualquier otra información que pueda ser pertinente para la autoridad de emisión</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Firma y fecha</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión (y, en su caso, autoridad de validación)</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Objeto y motivos de la OEI</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información necesaria disponible sobre la persona o personas afectadas</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción del acto delictivo objeto de investigación o de procedimiento</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Disposiciones aplicables del Derecho penal del Estado de emisión</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Medida(s) de investigación solicitada(s)</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción de las pruebas que deben obtenerse</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Necesidad y proporcionalidad a efectos del procedimiento, teniendo en cuenta los derechos del sospechoso o acusado</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información para identificar a la persona objeto de la intervención</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>La duración deseada de la intervención</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos técnicos suficientes, en particular el identificador del objetivo, para garantizar la ejecución de la orden europea de investigación</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Los motivos por los que la autoridad de emisión considera la intervención pertinente a efectos del proceso penal de que se trate</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Certificado de orden europea de conservación</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión/de validación</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relación con otra orden de conservación</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información sobre el usuario</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos que deben conservarse</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información sobre las condiciones subyacentes</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de la autoridad de emisión</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de la autoridad de validación</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>EPOC-PR de que se trata (Estado de emisión, autoridad de emisión, números de expediente, fecha del EPOC-PR)</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Prórroga de la obligación de conservación por un período adicional de 30 días</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos de la autoridad de emisión y firma</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Autoridad de emisión y, en su caso, autoridad de validación</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Destinatario (establecimiento designado o representante legal del proveedor de servicios)</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Usuario u otro identificador único que determina los datos que deben conservarse</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Categoría de datos que deben conservarse</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Intervalo temporal de los datos que deben conservarse</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción (cualquier infracción penal)</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Motivos de la necesidad y proporcionalidad de la medida (impedir la eliminación, supresión o alteración de los datos en espera de una solicitud de entrega)</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Certificado de orden europea de producción</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Relación con otra orden de producción/conservación</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información pertinente para la notificación</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Datos que deben entregarse</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Información al usuario</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Notificación y datos de la autoridad de ejecución</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Transferencia de datos</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Cualquier otra información pertinente</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Usuario u otro identificador único (nombre de usuario, identificador de inicio de sesión, nombre de la cuenta) que determina los datos solicitados</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Categoría de datos solicitada (datos de los abonados, datos solicitados con el único fin de identificar al usuario, datos de tráfico, datos de contenido)</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Intervalo temporal de los datos solicitados</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción (datos de tráfico y de contenido solo para infracciones castigadas con una pena máxima de al menos tres años o enumeradas en el art. 5, apartado 4, letras b) y c))</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Motivos debidamente justificados de la emergencia</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Motivos de la necesidad y proporcionalidad de la medida</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción sucinta del caso</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Asistencia judicial recíproca (Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, art. 18, o tratado bilateral)</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Identidad de la autoridad que hace la solicitud</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Objeto e índole de las investigaciones, los procesos o las actuaciones judiciales, y nombre y funciones de la autoridad encargada de efectuarlos</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Infracción objeto de investigación (parte del objeto y la índole de las investigaciones, los procesos o las actuaciones judiciales)</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Resumen de los hechos pertinentes (no necesario en las solicitudes de presentación de documentos judiciales)</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Descripción de la asistencia solicitada y pormenores sobre cualquier procedimiento particular que el Estado requirente desee que se aplique</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Medidas solicitadas</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>De ser posible, identidad, ubicación y nacionalidad de toda persona interesada</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Finalidad para la que se solicita la prueba, información o actuación</translation>
    </message>
    <message>
        <source>Requesting authority (contents otherwise as required by the applicable treaty or Art. 27 of the Convention)</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Autoridad requirente (por lo demás, contenido conforme al tratado aplicable o al artículo 27 del Convenio)</translation>
    </message>
    <message>
        <source>Statement that the request is submitted pursuant to the Protocol</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Declaración de que la solicitud se presenta en virtud del Protocolo</translation>
    </message>
</context>
</TS>
