<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Просьба об оказании взаимной правовой помощи</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Судебное поручение</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификатор документа</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Настоящий документ является проектом и не может быть направлен.</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Отсутствует или неполно</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ещё не переведено на этот язык</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашивающий орган</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемый орган</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий орган</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Утверждающий орган</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашивающее государство</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемое государство</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающее государство</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Исполняющее государство</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Чрезвычайная ситуация</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое изложение фактов</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Применимые правовые положения</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемая помощь</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Следственные действия</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Период</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Категории данных</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные об абонентах</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные, запрашиваемые исключительно для установления личности пользователя</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные о трафике</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные о содержании</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Необходимость и соразмерность</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Соответствующие лица</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Процессуальный статус</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подозреваемый</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Потерпевший</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемые формальности и процедуры</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Цель просьбы</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Связанные просьбы</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Фамилия, имя и должность подписавшего лица</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Гербовая печать</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Язык настоящего документа</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Доменное имя</translation>
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
        <translation>Преступления</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Предварительный перевод, ещё не проверен</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Приложение A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Приложение B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Приложение I</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Приложение II</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Приложение VI</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Взаимная помощь в чрезвычайных ситуациях (СДСЕ № 224, ст. 10)</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемая Сторона</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Расследуемое преступление</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Описание фактов</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Факты, свидетельствующие о наличии чрезвычайной ситуации, и связь запрашиваемой помощи с ней</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрос информации о регистрации доменных имён (СДСЕ № 224, ст. 6)</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Дата выдачи, а также наименование и контактные данные компетентного органа, направляющего запрос</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Организация, предоставляющая услуги по регистрации доменных имён, которой адресован запрос</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Доменное имя, в отношении которого запрашивается информация</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подробный перечень запрашиваемой информации, включая конкретные элементы данных</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Соответствующая дата или период регистрационных данных (не указаны в п. 3 ст. 6; сохранены для полноты запросов о данных)</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Заявление о том, что запрос направлен в соответствии с Протоколом, что информация необходима для конкретного уголовного расследования или разбирательства и будет использована только для этой цели</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Значимость информации для конкретного расследования (условия и гарантии)</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Срок и порядок раскрытия информации, а также любые особые процессуальные указания</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Раскрытие информации об абонентах непосредственно поставщиком услуг (СДСЕ № 224, ст. 7)</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий орган и дата выдачи</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Заявление о том, что распоряжение выдано в соответствии с Протоколом</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Наименование и адрес поставщика услуг, которому должно быть вручено распоряжение</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление, являющееся предметом уголовного расследования или разбирательства</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translation>Орган, запрашивающий сведения об абоненте, если это не орган, издавший распоряжение</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подробное описание конкретной запрашиваемой информации об абонентах</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификаторы соответствующей учётной записи или услуги</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Дата и время (период), к которым относится информация об абонентах</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Национальные правовые основания полномочий органа, правовые положения и применимые наказания</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translation>Контактные данные органа, которому поставщик услуг передаёт сведения об абоненте, направляет запросы о дополнительной информации или иным образом отвечает</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Срок и порядок передачи; особые процессуальные указания</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translation>Сведения о том, запрашивалось ли уже сохранение данных, с датой сохранения и номером дела, если он есть</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translation>При необходимости заявление о том, что о распоряжении одновременно уведомлены органы Стороны поставщика услуг (ст. 7(5))</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое изложение фактов (предоставляется Стороне, требующей уведомления о распоряжениях)</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Необходимость и соразмерность распоряжения (условия и гарантии)</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Исполнение распоряжений другой Стороны об ускоренном предоставлении информации об абонентах и данных о трафике (СДСЕ № 224, ст. 8)</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Наименование запрашивающего органа и дата выдачи распоряжения</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translation>Заявление о том, что распоряжение издано в соответствии с Протоколом</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подробное описание конкретной запрашиваемой информации или данных</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификаторы соответствующих учётных записей или услуг</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Диапазон дат и времени запрашиваемых данных</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация об абонентах или данные о трафике</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Национальные правовые основания, правовые положения и применимые наказания</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое изложение фактов, связанных с расследованием или разбирательством</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Значимость информации или данных для расследования или разбирательства (необходимость и соразмерность)</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ускоренное раскрытие хранящихся компьютерных данных в чрезвычайной ситуации (СДСЕ № 224, ст. 9)</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Компетентный орган, запрашивающий данные, и дата запроса</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Заявление о том, что запрос направлен в соответствии с Протоколом</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Наименование и адрес поставщика услуг, во владении или под контролем которого находятся данные</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление со ссылкой на соответствующие правовые положения и применимые наказания</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Правовые положения и применимые наказания</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Обстоятельства дела</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Факты, достаточные для подтверждения наличия чрезвычайной ситуации и связи запрашиваемых данных с ней</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подробное описание запрашиваемых данных</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификаторы запрашиваемых данных</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Любые особые процессуальные указания</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Оперативное обеспечение сохранности хранящихся компьютерных данных (Будапештская конвенция, ст. 29)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Орган, запрашивающий обеспечение сохранности</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление, являющееся предметом уголовного расследования или разбирательств</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое изложение связанных с ним фактов</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Хранящиеся компьютерные данные, сохранность которых необходимо обеспечить, и их связь с преступлением</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Идентификаторы хранящихся компьютерных данных, сохранность которых необходимо обеспечить</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Период хранящихся компьютерных данных, сохранность которых необходимо обеспечить</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Любая имеющаяся информация, позволяющая установить хранителя хранящихся компьютерных данных или местонахождение компьютерной системы</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Необходимость обеспечения сохранности</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Заявление о намерении Стороны направить просьбу о взаимной помощи в целях обыска, выемки или раскрытия данных</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translation>Оперативное раскрытие сохранённых данных о трафике (Будапештская конвенция, ст. 30)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translation>Орган, запрашивающий сохранение данных о трафике (запрос по ст. 29, в ходе исполнения которого производится раскрытие)</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translation>Данные о трафике конкретного сообщения, подлежащие сохранению, и их связь с преступлением</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translation>Идентификаторы конкретного сообщения, данные о трафике которого подлежат сохранению</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translation>Дата и время конкретного сообщения</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translation>Заявление о том, что Сторона намерена направить запрос о взаимной помощи в отношении обыска или аналогичного доступа, изъятия или аналогичного обеспечения сохранности либо раскрытия данных</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Взаимная помощь в отношении доступа к хранящимся компьютерным данным (Будапештская конвенция, ст. 31)</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Исходящий номер / номер дела</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашивающий орган (организация, ответственное лицо, контактные данные, часы работы, часовой пояс)</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Ответственная прокуратура или суд и номер дела</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Обыск или аналогичный доступ, выемка или аналогичное обеспечение сохранности и раскрытие данных, хранящихся на территории запрашиваемой Стороны</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемые категории данных</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Значимость и необходимость данных для расследования</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Распоряжение на основании исполнительного соглашения в рамках CLOUD Act</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий орган иностранного правительства (распоряжение «выдано иностранным правительством»)</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Поставщик услуг электронной связи или услуг удалённой обработки данных, которому адресовано распоряжение</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Цель: предупреждение, выявление, расследование или уголовное преследование тяжких преступлений, включая терроризм</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Расследуемое тяжкое преступление</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Конкретное лицо, учётная запись, адрес, личное устройство или иной конкретный идентификатор как объект распоряжения</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Охватываемый период (конкретность распоряжения)</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Соответствие внутреннему законодательству выдающей страны (обязанность поставщика вытекает исключительно из этого законодательства)</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Факты, касающиеся расследуемого поведения (конкретные и достоверные факты)</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Разумное обоснование, основанное на конкретных и достоверных фактах, конкретности, законности и тяжести применительно к расследуемому поведению</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Проверка или надзор со стороны суда, судьи, магистрата или иного независимого органа до принудительного исполнения или в ходе разбирательства по поводу такого исполнения</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Европейский следственный ордер</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающее государство / Исполняющее государство</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Следственное(-ые) действие(-я), подлежащее(-ие) выполнению</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Связь с ранее выданным ЕСО</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Личность соответствующего лица</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Вид производства, для которого выдан ЕСО</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Основания для выдачи ЕСО</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Дополнительные требования к отдельным мерам</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Передача лица, содержащегося под стражей</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Видеоконференция, телефонная конференция или иная аудиовизуальная связь</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация о банковских и иных финансовых счетах</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация о банковских и иных финансовых операциях</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Следственные действия, предполагающие сбор доказательств в режиме реального времени, непрерывно и в течение определённого периода</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Негласные расследования</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Перехват телекоммуникаций</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Формальности и процедуры, запрашиваемые для исполнения</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Средства правовой защиты</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения об органе, выдавшем ЕСО</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения о судебном органе, утвердившем ЕСО</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Соответствующий ЕСО</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Орган, получивший ЕСО</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Компетентный орган, которому орган, указанный в разделе B, передаёт ЕСО (при необходимости)</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Любая иная информация, которая может иметь значение для выдающего органа</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Подпись и дата</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий орган (и, при необходимости, утверждающий орган)</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Предмет и основания ЕСО</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Необходимая имеющаяся информация о соответствующем лице (лицах)</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Описание преступного деяния, являющегося предметом расследования или разбирательства</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Применимые положения уголовного права выдающего государства</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемое(-ые) следственное(-ые) действие(-я)</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Описание доказательств, которые необходимо получить</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Необходимость и соразмерность для целей производства с учётом прав подозреваемого или обвиняемого</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения для установления личности лица, в отношении которого ведётся перехват</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Желаемая продолжительность перехвата</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Достаточные технические данные, в частности идентификатор цели, для обеспечения исполнения европейского следственного ордера</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Причины, по которым орган, издавший ордер, считает перехват значимым для соответствующего уголовного производства</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сертификат европейского ордера на сохранение данных</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий/утверждающий орган</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Связь с другим ордером на сохранение данных</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация о пользователе</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные, подлежащие сохранению</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация о соответствующих условиях</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения о выдающем органе</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения об утверждающем органе</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Соответствующий EPOC-PR (выдающее государство, выдающий орган, номера дел, дата EPOC-PR)</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Продление обязанности по сохранению данных на дополнительные 30 дней</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сведения о выдающем органе и подпись</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Выдающий орган и, при необходимости, утверждающий орган</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Адресат (назначенное учреждение или законный представитель поставщика услуг)</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Пользователь или иной уникальный идентификатор, определяющий данные, подлежащие сохранению</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Категория данных, подлежащих сохранению</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Временной диапазон данных, подлежащих сохранению</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление (любое уголовное преступление)</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Основания необходимости и соразмерности меры (предотвращение удаления, уничтожения или изменения данных до поступления запроса об их предоставлении)</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сертификат европейского ордера на предоставление данных</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Связь с другим ордером на предоставление/сохранение данных</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация, имеющая значение для уведомления</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Данные, подлежащие предоставлению</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Информация для пользователя</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Уведомление и сведения об органе принудительного исполнения</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Передача данных</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Любая иная имеющая значение информация</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Пользователь или иной уникальный идентификатор (имя пользователя, логин, имя учётной записи), определяющий запрашиваемые данные</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемая категория данных (данные об абонентах, данные для установления личности пользователя, данные о трафике, данные о содержании)</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Временной диапазон запрашиваемых данных</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Преступление (данные о трафике и содержании — только по преступлениям, наказуемым лишением свободы на максимальный срок не менее 3 лет, или перечисленным в подп. b)–c) п. 4 ст. 5)</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Надлежащим образом обоснованные причины чрезвычайной ситуации</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Основания необходимости и соразмерности меры</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое описание дела</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Взаимная правовая помощь (Конвенция ООН против транснациональной организованной преступности, ст. 18, или двусторонний договор)</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Наименование органа, обращающегося с просьбой</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Существо вопроса и характер расследования, уголовного преследования или судебного разбирательства, а также наименование и функции органа, осуществляющего их</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Расследуемое преступление (часть существа вопроса и характера расследования, уголовного преследования или судебного разбирательства)</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Краткое изложение соответствующих фактов (не требуется для просьб о вручении судебных документов)</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Описание запрашиваемой помощи и подробная информация о любой конкретной процедуре, соблюдение которой хотело бы обеспечить запрашивающее государство</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Запрашиваемые меры</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>По возможности, данные о личности, местонахождении и гражданстве любого соответствующего лица</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>Цель запрашиваемых доказательств, информации или мер</translation>
    </message>
    <message>
        <source>Requesting authority (contents otherwise as required by the applicable treaty or Art. 27 of the Convention)</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Запрашивающий орган (в остальном содержание в соответствии с применимым договором или статьёй 27 Конвенции)</translation>
    </message>
    <message>
        <source>Statement that the request is submitted pursuant to the Protocol</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">Заявление о том, что запрос представлен в соответствии с Протоколом</translation>
    </message>
</context>
</TS>
