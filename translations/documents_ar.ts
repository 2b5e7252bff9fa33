<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>طلب مساعدة قانونية متبادلة</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>إنابة قضائية</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معرّف الوثيقة</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>هذه الوثيقة مسودة ولا يجوز إرسالها.</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ناقص أو غير مكتمل</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>لم يُترجم بعد إلى هذه اللغة</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة الطالبة</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة متلقية الطلب</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصادِقة</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الدولة متلقية الطلب</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الدولة المصدِرة</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الدولة المنفِّذة</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مقدّم الخدمة</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مرجع القضية</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مستعجل</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>حالة طوارئ</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ملخص الوقائع</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأحكام القانونية المنطبقة</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المساعدة الملتمسة</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تدابير التحقيق</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المعرّفات</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>فئات البيانات</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات المشتركين</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات مطلوبة لغرض وحيد هو تحديد هوية المستخدم</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات الحركة</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات المحتوى</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الضرورة والتناسب</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مشتبه فيه</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>متهم</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ضحية</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الشكليات والإجراءات المطلوبة</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الغرض من الطلب</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>طلبات ذات صلة</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم الموقِّع ووظيفته</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الختم الرسمي</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المكان والتاريخ</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>لغة هذه الوثيقة</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم النطاق</translation>
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
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ترجمة أولية لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الملحق A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الملحق B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الملحق I</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الملحق II</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الملحق VI</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المساعدة المتبادلة في حالات الطوارئ (مجموعة معاهدات مجلس أوروبا رقم 224، المادة 10)</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الطرف متلقي الطلب</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة محل التحقيق</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف الوقائع</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الوقائع التي تثبت وجود حالة طوارئ وصلة المساعدة الملتمسة بها</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>طلب معلومات تسجيل أسماء النطاقات (مجموعة معاهدات مجلس أوروبا رقم 224، المادة 6)</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تاريخ الإصدار وهوية السلطة المختصة مصدِرة الطلب وبيانات الاتصال بها</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجهة المقدِّمة لخدمات تسجيل أسماء النطاقات الموجَّه إليها الطلب</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم النطاق الذي تُلتمس معلومات بشأنه</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>قائمة مفصلة بالمعلومات الملتمسة، بما في ذلك عناصر البيانات المحددة</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التاريخ أو الفترة ذات الصلة لبيانات التسجيل (غير مذكورة في المادة 6(3)؛ مُدرجة لاستكمال طلبات البيانات)</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيان بأن الطلب صادر بموجب البروتوكول، وبأن المعلومات لازمة لتحقيق جنائي أو إجراء جنائي محدد ولن تُستخدم إلا لهذا الغرض</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>صلة المعلومات بالتحقيق المحدد (الشروط والضمانات)</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المهلة الزمنية لإفشاء المعلومات وطريقته، وأي تعليمات إجرائية خاصة</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>إفشاء معلومات المشتركين مباشرة من قِبل مقدّم خدمة (مجموعة معاهدات مجلس أوروبا رقم 224، المادة 7)</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة وتاريخ الإصدار</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيان بأن الأمر صادر بموجب البروتوكول</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم وعنوان مقدّم الخدمة الذي يُبلَّغ إليه الأمر</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة موضوع التحقيق الجنائي أو الإجراء الجنائي</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translation>السلطة التي تطلب معلومات المشترك، إن لم تكن السلطة المصدرة</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف مفصل لمعلومات المشتركين المحددة الملتمسة</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معرّفات الحساب أو الخدمة المعنية</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التاريخ والوقت (النطاق الزمني) اللذان تتعلق بهما معلومات المشتركين</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأسس القانونية الداخلية التي تخوّل السلطة، والأحكام القانونية والعقوبات المنطبقة</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translation>بيانات الاتصال بالسلطة التي يعيد إليها مزود الخدمة معلومات المشترك أو يطلب منها معلومات إضافية أو يرد عليها بأي طريقة أخرى</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المهلة الزمنية وطريقة الإرسال؛ التعليمات الإجرائية الخاصة</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translation>ما إذا كان قد سبق طلب حفظ البيانات، مع تاريخ الحفظ وأي رقم مرجعي</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translation>عند الاقتضاء، بيان بأن الأمر قد أُخطرت به في الوقت نفسه سلطات الطرف الذي يتبعه مزود الخدمة (المادة 7(5))</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ملخص الوقائع (يُقدَّم إلى الطرف الذي يشترط الإخطار بالأوامر)</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ضرورة الأمر وتناسبه (الشروط والضمانات)</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>إنفاذ أوامر طرف آخر من أجل التقديم العاجل لمعلومات المشتركين وبيانات الحركة (مجموعة معاهدات مجلس أوروبا رقم 224، المادة 8)</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم السلطة الطالبة وتاريخ إصدار الأمر</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translation>بيان بأن الأمر صادر بموجب البروتوكول</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف مفصل للمعلومات أو البيانات المحددة الملتمسة</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معرّفات الحسابات أو الخدمات المعنية</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>النطاق الزمني (التاريخ والوقت) للبيانات الملتمسة</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات المشتركين أو بيانات الحركة</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأسس القانونية الداخلية، والأحكام القانونية والعقوبات المنطبقة</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ملخص الوقائع المتعلقة بالتحقيق أو الإجراء</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>صلة المعلومات أو البيانات بالتحقيق أو الإجراء (الضرورة والتناسب)</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الإفشاء العاجل لبيانات حاسوبية مخزَّنة في حالات الطوارئ (مجموعة معاهدات مجلس أوروبا رقم 224، المادة 9)</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المختصة التي تلتمس البيانات وتاريخ الطلب</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيان بأن الطلب صادر بموجب البروتوكول</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اسم وعنوان مقدّم الخدمة الذي يحوز البيانات أو يتحكم فيها</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة، مع الإشارة إلى الأحكام القانونية المتعلقة بها والعقوبات المنطبقة</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأحكام القانونية والعقوبات المنطبقة</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وقائع القضية</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وقائع كافية لإثبات وجود حالة طوارئ وصلة البيانات الملتمسة بها</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف مفصل للبيانات الملتمسة</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معرّفات البيانات الملتمسة</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أي تعليمات إجرائية خاصة</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التحفظ العاجل على بيانات حاسوبية مخزَّنة (اتفاقية بودابست، المادة 29)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة التي تلتمس التحفظ</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة موضوع التحقيق الجنائي أو الإجراءات الجنائية</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ملخص موجز للوقائع ذات الصلة</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>البيانات الحاسوبية المخزَّنة المطلوب التحفظ عليها وصلتها بالجريمة</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معرّفات البيانات الحاسوبية المخزَّنة المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>فترة البيانات الحاسوبية المخزَّنة المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أي معلومات متاحة تحدد هوية أمين البيانات الحاسوبية المخزَّنة أو موقع النظام الحاسوبي</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ضرورة التحفظ</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيان بأن الطرف يعتزم تقديم طلب مساعدة متبادلة لتفتيش البيانات أو ضبطها أو إفشائها</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translation>الكشف العاجل عن بيانات الحركة المحفوظة (اتفاقية بودابست، المادة 30)</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translation>السلطة التي تطلب حفظ بيانات الحركة (الطلب بموجب المادة 29 الذي يجري الكشف في إطار تنفيذه)</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translation>بيانات الحركة المتعلقة باتصال محدد المطلوب حفظها، وصلتها بالجريمة</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translation>معرّفات الاتصال المحدد المطلوب حفظ بيانات حركته</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translation>تاريخ الاتصال المحدد ووقته</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translation>بيان بأن الطرف يعتزم تقديم طلب مساعدة متبادلة من أجل التفتيش أو الوصول المماثل، أو الضبط أو التأمين المماثل، أو الكشف عن البيانات</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المساعدة المتبادلة بشأن الوصول إلى بيانات حاسوبية مخزَّنة (اتفاقية بودابست، المادة 31)</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المرجع / رقم القضية</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة الطالبة (الجهة، الشخص المسؤول، بيانات الاتصال، ساعات العمل، المنطقة الزمنية)</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>النيابة العامة أو المحكمة المختصة ورقم القضية</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التفتيش أو الوصول المماثل، والضبط أو التأمين المماثل، وإفشاء البيانات المخزَّنة في إقليم الطرف متلقي الطلب</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>فئات البيانات الملتمسة</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>صلة البيانات بالتحقيق وضرورتها له</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أمر بموجب اتفاق تنفيذي في إطار قانون CLOUD</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة التابعة للحكومة الأجنبية (الأمر «صادر عن الحكومة الأجنبية»)</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مقدّم خدمة الاتصالات الإلكترونية أو خدمة الحوسبة عن بُعد الموجَّه إليه الأمر</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الغرض: منع الجرائم الخطيرة، بما فيها الإرهاب، أو كشفها أو التحقيق فيها أو الملاحقة القضائية عليها</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة الخطيرة محل التحقيق</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الشخص أو الحساب أو العنوان أو الجهاز الشخصي أو أي معرّف محدد آخر بوصفه محل الأمر</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الفترة المشمولة (دقة تحديد الأمر)</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الامتثال للقانون الداخلي لبلد الإصدار (ينشأ التزام مقدّم الخدمة من هذا القانون وحده)</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وقائع السلوك محل التحقيق (وقائع محددة وموثوقة)</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>مسوّغ معقول قائم على وقائع محددة وموثوقة، ودقة التحديد، والمشروعية، والجسامة فيما يتعلق بالسلوك محل التحقيق</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المراجعة أو الرقابة من قِبل محكمة أو قاضٍ أو قاضي صلح أو سلطة مستقلة أخرى قبل الإنفاذ أو في الإجراءات المتعلقة به</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الدولة المصدِرة / الدولة المنفِّذة</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تدبير (تدابير) التحقيق المطلوب تنفيذها</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الصلة بأمر تحقيق أوروبي سابق</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>هوية الشخص المعني</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>نوع الإجراءات التي صدر أمر التحقيق الأوروبي من أجلها</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أسباب إصدار أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>متطلبات إضافية لتدابير معينة</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>نقل شخص محتجز</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التداول بالفيديو أو بالهاتف أو أي إرسال سمعي بصري آخر</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات عن الحسابات المصرفية والحسابات المالية الأخرى</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات عن العمليات المصرفية والعمليات المالية الأخرى</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تدابير التحقيق التي تنطوي على جمع الأدلة في الوقت الفعلي وبصورة مستمرة وعلى مدى فترة زمنية معينة</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التحقيقات السرية</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>اعتراض الاتصالات السلكية واللاسلكية</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الشكليات والإجراءات المطلوبة للتنفيذ</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>سبل الانتصاف القانونية</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات السلطة التي أصدرت أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات السلطة القضائية التي صادقت على أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أمر التحقيق الأوروبي المعني</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة التي تلقت أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المختصة التي أحالت إليها السلطة المذكورة في القسم B أمر التحقيق الأوروبي (عند الاقتضاء)</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أي معلومات أخرى قد تهم السلطة المصدِرة</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التوقيع والتاريخ</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة (والسلطة المصادِقة عند الاقتضاء)</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>موضوع أمر التحقيق الأوروبي وأسبابه</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المعلومات اللازمة المتاحة عن الشخص (الأشخاص) المعني (المعنيين)</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف الفعل الإجرامي محل التحقيق أو الإجراءات</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأحكام المنطبقة من القانون الجنائي للدولة المصدِرة</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تدبير (تدابير) التحقيق المطلوبة</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف الأدلة المطلوب الحصول عليها</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الضرورة والتناسب لأغراض الإجراءات، مع مراعاة حقوق المشتبه فيه أو المتهم</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات لتحديد هوية الشخص الخاضع للاعتراض</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المدة المطلوبة للاعتراض</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات تقنية كافية، ولا سيما معرّف الهدف، لضمان تنفيذ أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأسباب التي تجعل السلطة المصدرة تعتبر الاعتراض ذا صلة بأغراض الإجراءات الجنائية المعنية</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>شهادة أمر التحفظ الأوروبي</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة/المصادِقة</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الصلة بأمر تحفظ آخر</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات عن المستخدم</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>البيانات المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات عن الشروط الأساسية</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات السلطة المصدِرة</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات السلطة المصادِقة</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>شهادة أمر التحفظ الأوروبي المعنية (الدولة المصدِرة، السلطة المصدِرة، أرقام الملفات، تاريخ الشهادة)</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>تمديد الالتزام بالتحفظ لمدة 30 يومًا إضافية</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>بيانات السلطة المصدِرة والتوقيع</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>السلطة المصدِرة، والسلطة المصادِقة عند الاقتضاء</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المرسَل إليه (المنشأة المعيَّنة أو الممثل القانوني لمقدّم الخدمة)</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المستخدم أو أي معرّف فريد آخر يحدد البيانات المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>فئة البيانات المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>النطاق الزمني للبيانات المطلوب التحفظ عليها</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة (أي جريمة جنائية)</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أسباب ضرورة التدبير وتناسبه (منع إزالة البيانات أو حذفها أو تعديلها ريثما يُقدَّم طلب تقديمها)</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>شهادة أمر التقديم الأوروبي</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المواعيد النهائية</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الصلة بأمر تقديم/تحفظ آخر</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات ذات صلة بالإخطار</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>البيانات المطلوب تقديمها</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>معلومات للمستخدم</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الإخطار وبيانات سلطة الإنفاذ</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>نقل البيانات</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أي معلومات أخرى ذات صلة</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المستخدم أو أي معرّف فريد آخر (اسم المستخدم، معرّف تسجيل الدخول، اسم الحساب) يحدد البيانات الملتمسة</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>فئة البيانات المطلوبة (بيانات المشتركين، بيانات تحديد هوية المستخدم، بيانات الحركة، بيانات المحتوى)</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>النطاق الزمني للبيانات المطلوبة</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة (بيانات الحركة والمحتوى فقط للجرائم التي يُعاقب عليها بعقوبة قصوى لا تقل عن 3 سنوات أو المدرجة في المادة 5(4)(ب)-(ج))</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الأسباب المبرَّرة حسب الأصول لحالة الطوارئ</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>أسباب ضرورة التدبير وتناسبه</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف موجز للقضية</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>المساعدة القانونية المتبادلة (اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، المادة 18، أو معاهدة ثنائية)</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>هوية السلطة مقدِّمة الطلب</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>موضوع وطبيعة التحقيق أو الملاحقة القضائية أو الإجراءات القضائية، واسم ووظائف السلطة التي تتولاها</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الجريمة محل التحقيق (جزء من موضوع وطبيعة التحقيق أو الملاحقة القضائية أو الإجراءات القضائية)</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>ملخص للوقائع ذات الصلة (لا يلزم في طلبات تبليغ المستندات القضائية)</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>وصف للمساعدة الملتمسة وتفاصيل أي إجراء معين تود الدولة الطالبة اتباعه</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>التدابير الملتمسة</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>هوية أي شخص معني ومكانه وجنسيته، حيثما أمكن ذلك</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>الغرض الذي تُلتمس من أجله الأدلة أو المعلومات أو التدابير</translation>
    </message>
    <message>
        <source>Requesting authority (contents otherwise as required by the applicable treaty or Art. 27 of the Convention)</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">السلطة الطالبة (مع مراعاة المحتوى المطلوب بخلاف ذلك بموجب المعاهدة المنطبقة أو المادة 27 من الاتفاقية)</translation>
    </message>
    <message>
        <source>Statement that the request is submitted pursuant to the Protocol</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">بيان بأن الطلب مقدَّم بموجب البروتوكول</translation>
    </message>
</context>
</TS>
