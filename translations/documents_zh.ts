<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_GB">
<context>
    <name>Document</name>
    <message>
        <source>Request for mutual legal assistance</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>司法协助请求</translation>
    </message>
    <message>
        <source>Letter of request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>调查委托书</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Document identifier</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>文件标识符</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This document is a draft and cannot be sent.</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>本文件为草稿，不得发送。</translation>
    </message>
    <message>
        <source>Missing or incomplete</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>缺失或不完整</translation>
    </message>
    <message>
        <source>Not yet translated into this language</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>尚未译成本语言</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求机关</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements requested-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被请求机关</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Validating authority</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>核准机关</translation>
    </message>
    <message>
        <source>Requesting State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求国</translation>
    </message>
    <message>
        <source>Requested State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被请求国</translation>
    </message>
    <message>
        <source>Issuing State</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发国</translation>
    </message>
    <message>
        <source>Executing State</source>
        <extracomment>DocumentStrings.h kFixed; eio.json elements executing-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>执行国</translation>
    </message>
    <message>
        <source>Service provider</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Case reference</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Urgency</source>
        <extracomment>DocumentStrings.h kFixed; eio.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Urgent</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <extracomment>DocumentStrings.h kFixed; budapest-31.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>事实概述</translation>
    </message>
    <message>
        <source>Offence</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>犯罪</translation>
    </message>
    <message>
        <source>Applicable provisions of law</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>适用的法律规定</translation>
    </message>
    <message>
        <source>Assistance sought</source>
        <extracomment>DocumentStrings.h kFixed; 2ap-10.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求的协助</translation>
    </message>
    <message>
        <source>Investigative measures</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>侦查措施</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>期间</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>自 %1 至 %2</translation>
    </message>
    <message>
        <source>Data categories</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Subscriber data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>订户数据</translation>
    </message>
    <message>
        <source>Data requested for the sole purpose of identifying the user</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>仅为识别用户身份而请求的数据</translation>
    </message>
    <message>
        <source>Traffic data</source>
        <extracomment>DocumentStrings.h kFixed; budapest-30.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>流量数据</translation>
    </message>
    <message>
        <source>Content data</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>内容数据</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>必要性和相称性</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>有关人员</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>身份</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Suspect</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Accused person</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被告人</translation>
    </message>
    <message>
        <source>Witness</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>证人</translation>
    </message>
    <message>
        <source>Victim</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被害人</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Formalities and procedures requested</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求遵循的手续和程序</translation>
    </message>
    <message>
        <source>Purpose of the request</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求目的</translation>
    </message>
    <message>
        <source>Related requests</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>相关请求</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签名</translation>
    </message>
    <message>
        <source>Name and function of the signatory</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签署人姓名及职务</translation>
    </message>
    <message>
        <source>Official stamp</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>公章</translation>
    </message>
    <message>
        <source>Place and date</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>地点和日期</translation>
    </message>
    <message>
        <source>Contact details</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Telephone</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Language of this document</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>本文件语言</translation>
    </message>
    <message>
        <source>Subject matter</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>事由</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>IP address</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>Domain name</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>域名</translation>
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
        <translation>犯罪</translation>
    </message>
    <message>
        <source>Draft translation, not yet reviewed</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>译文草稿，尚未审校</translation>
    </message>
    <message>
        <source>Annex A</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>附件 A</translation>
    </message>
    <message>
        <source>Annex B</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>附件 B</translation>
    </message>
    <message>
        <source>Annex I</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>附件一</translation>
    </message>
    <message>
        <source>Annex II</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>附件二</translation>
    </message>
    <message>
        <source>Annex VI</source>
        <extracomment>DocumentStrings.h kFixed</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>附件六</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (CETS 224 Art. 10)</source>
        <extracomment>2ap-10.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急互助（欧洲委员会条约第 224 号，第 10 条）</translation>
    </message>
    <message>
        <source>Requested Party</source>
        <extracomment>2ap-10.json elements requested-state</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被请求缔约方</translation>
    </message>
    <message>
        <source>Offence under investigation</source>
        <extracomment>2ap-10.json elements offence; budapest-31.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被调查的犯罪</translation>
    </message>
    <message>
        <source>Description of the facts</source>
        <extracomment>2ap-10.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>事实描述</translation>
    </message>
    <message>
        <source>Facts that demonstrate that there is an emergency and how the assistance sought relates to it</source>
        <extracomment>2ap-10.json elements emergency</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>表明存在紧急情况的事实以及所请求协助与该紧急情况的关联</translation>
    </message>
    <message>
        <source>Request for domain name registration information (CETS 224 Art. 6)</source>
        <extracomment>2ap-6.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求提供域名注册信息（欧洲委员会条约第 224 号，第 6 条）</translation>
    </message>
    <message>
        <source>Date of issue and identity and contact details of the competent authority issuing the request</source>
        <extracomment>2ap-6.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发日期以及签发请求的主管机关的身份和联系方式</translation>
    </message>
    <message>
        <source>Entity providing domain name registration services addressed</source>
        <extracomment>2ap-6.json elements registrar</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>收件的域名注册服务提供实体</translation>
    </message>
    <message>
        <source>Domain name about which information is sought</source>
        <extracomment>2ap-6.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求信息涉及的域名</translation>
    </message>
    <message>
        <source>Detailed list of the information sought, including the particular data elements</source>
        <extracomment>2ap-6.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求信息的详细清单，包括具体数据要素</translation>
    </message>
    <message>
        <source>Relevant date or period of the registration data (not listed in Art. 6(3); kept for completeness of data requests)</source>
        <extracomment>2ap-6.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>注册数据的相关日期或期间（第 6 条第 3 款未列出；为数据请求的完整性而保留）</translation>
    </message>
    <message>
        <source>Statement that the request is issued under the Protocol, that the information is needed for a specific criminal investigation or proceeding and will only be used for it</source>
        <extracomment>2ap-6.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于请求系依据本议定书签发、信息为特定刑事侦查或诉讼所需且仅用于该目的的声明</translation>
    </message>
    <message>
        <source>Relevance of the information to the specific investigation (conditions and safeguards)</source>
        <extracomment>2ap-6.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>信息与特定侦查的相关性（条件和保障）</translation>
    </message>
    <message>
        <source>Time frame within which and manner in which to disclose, and any special procedural instructions</source>
        <extracomment>2ap-6.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>披露的时限和方式，以及任何特别程序指示</translation>
    </message>
    <message>
        <source>Disclosure of subscriber information directly by a service provider (CETS 224 Art. 7)</source>
        <extracomment>2ap-7.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>由服务提供者直接披露订户信息（欧洲委员会条约第 224 号，第 7 条）</translation>
    </message>
    <message>
        <source>Issuing authority and date issued</source>
        <extracomment>2ap-7.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关及签发日期</translation>
    </message>
    <message>
        <source>Statement that the order is issued pursuant to the Protocol</source>
        <extracomment>2ap-7.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于命令系依据本议定书签发的声明</translation>
    </message>
    <message>
        <source>Name and address of the service provider to be served</source>
        <extracomment>2ap-7.json elements service-provider; 2ap-8.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>应向其送达命令的服务提供者的名称和地址</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceeding</source>
        <extracomment>2ap-7.json elements offence; 2ap-8.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>作为刑事侦查或诉讼对象的犯罪</translation>
    </message>
    <message>
        <source>Authority seeking the subscriber information, if not the issuing authority</source>
        <extracomment>2ap-7.json elements seeking-authority</extracomment>
        <translation>索取用户信息的机关（如非签发机关）</translation>
    </message>
    <message>
        <source>Detailed description of the specific subscriber information sought</source>
        <extracomment>2ap-7.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求的具体订户信息的详细描述</translation>
    </message>
    <message>
        <source>Identifiers of the account or service concerned</source>
        <extracomment>2ap-7.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>有关账户或服务的标识符</translation>
    </message>
    <message>
        <source>Date and time (range) to which the subscriber information relates</source>
        <extracomment>2ap-7.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>订户信息所涉及的日期和时间（范围）</translation>
    </message>
    <message>
        <source>Domestic legal grounds empowering the authority, legal provisions and applicable penalties</source>
        <extracomment>2ap-7.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>授权该机关的国内法律依据、法律规定及适用的刑罚</translation>
    </message>
    <message>
        <source>Contact information of the authority to which the service provider returns the subscriber information, asks for further information or otherwise responds</source>
        <extracomment>2ap-7.json elements reply-contact</extracomment>
        <translation>服务提供者向其返回用户信息、询问补充信息或以其他方式答复的机关的联系方式</translation>
    </message>
    <message>
        <source>Time frame and manner of return; special procedural instructions</source>
        <extracomment>2ap-7.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>返回的时限和方式；特别程序指示</translation>
    </message>
    <message>
        <source>Whether preservation of the data has already been sought, with the date of preservation and any reference number</source>
        <extracomment>2ap-7.json elements prior-preservation</extracomment>
        <translation>是否已要求保全该数据，以及保全日期和任何参考编号</translation>
    </message>
    <message>
        <source>If applicable, statement that simultaneous notification of the order has been made to the authorities of the service provider's Party (Art. 7(5))</source>
        <extracomment>2ap-7.json elements simultaneous-notification</extracomment>
        <translation>如适用，关于已同时将该命令通知服务提供者所在缔约方主管机关的声明（第7条第5款）</translation>
    </message>
    <message>
        <source>Summary of the facts (given to a Party that requires notification of orders)</source>
        <extracomment>2ap-7.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>事实概述（提供给要求通知命令的缔约方）</translation>
    </message>
    <message>
        <source>Necessity and proportionality of the order (conditions and safeguards)</source>
        <extracomment>2ap-7.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>命令的必要性和相称性（条件和保障）</translation>
    </message>
    <message>
        <source>Giving effect to orders from another Party for expedited production of subscriber information and traffic data (CETS 224 Art. 8)</source>
        <extracomment>2ap-8.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>执行另一缔约方关于快速提供订户信息和流量数据的命令（欧洲委员会条约第 224 号，第 8 条）</translation>
    </message>
    <message>
        <source>Name of the requesting authority and date the order was issued</source>
        <extracomment>2ap-8.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求机关名称及命令签发日期</translation>
    </message>
    <message>
        <source>Statement that the order is submitted pursuant to the Protocol</source>
        <extracomment>2ap-8.json elements statement</extracomment>
        <translation>关于该命令依据本议定书发出的声明</translation>
    </message>
    <message>
        <source>Detailed description of the specific information or data sought</source>
        <extracomment>2ap-8.json elements information-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求的具体信息或数据的详细描述</translation>
    </message>
    <message>
        <source>Identifiers of the accounts or services concerned</source>
        <extracomment>2ap-8.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>有关账户或服务的标识符</translation>
    </message>
    <message>
        <source>Date and time range of the data sought</source>
        <extracomment>2ap-8.json elements time-range; 2ap-9.json elements time-range; budapest-31.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求数据的日期和时间范围</translation>
    </message>
    <message>
        <source>Subscriber information or traffic data</source>
        <extracomment>2ap-8.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>订户信息或流量数据</translation>
    </message>
    <message>
        <source>Domestic legal grounds, legal provisions and applicable penalties</source>
        <extracomment>2ap-8.json elements legal-grounds</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>国内法律依据、法律规定及适用的刑罚</translation>
    </message>
    <message>
        <source>Summary of the facts related to the investigation or proceeding</source>
        <extracomment>2ap-8.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>与侦查或诉讼有关的事实概述</translation>
    </message>
    <message>
        <source>Relevance of the information or data to the investigation or proceeding (necessity and proportionality)</source>
        <extracomment>2ap-8.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>信息或数据与侦查或诉讼的相关性（必要性和相称性）</translation>
    </message>
    <message>
        <source>Expedited disclosure of stored computer data in an emergency (CETS 224 Art. 9)</source>
        <extracomment>2ap-9.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急情况下快速披露存储的计算机数据（欧洲委员会条约第 224 号，第 9 条）</translation>
    </message>
    <message>
        <source>Competent authority seeking the data and date of the request</source>
        <extracomment>2ap-9.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>寻求数据的主管机关及请求日期</translation>
    </message>
    <message>
        <source>Statement that the request is issued pursuant to the Protocol</source>
        <extracomment>2ap-9.json elements statement</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于请求系依据本议定书签发的声明</translation>
    </message>
    <message>
        <source>Name and address of the service provider in possession or control of the data</source>
        <extracomment>2ap-9.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>占有或控制数据的服务提供者的名称和地址</translation>
    </message>
    <message>
        <source>Offence, with reference to its legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>犯罪，并注明相关法律规定及适用的刑罚</translation>
    </message>
    <message>
        <source>Legal provisions and applicable penalties</source>
        <extracomment>2ap-9.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>法律规定及适用的刑罚</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <extracomment>2ap-9.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>案件事实</translation>
    </message>
    <message>
        <source>Sufficient facts to demonstrate that there is an emergency and how the data sought relate to it</source>
        <extracomment>2ap-9.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>足以表明存在紧急情况以及所寻求数据与该紧急情况关联的事实</translation>
    </message>
    <message>
        <source>Detailed description of the data sought</source>
        <extracomment>2ap-9.json elements data-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求数据的详细描述</translation>
    </message>
    <message>
        <source>Identifiers of the data sought</source>
        <extracomment>2ap-9.json elements identifiers; budapest-31.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求数据的标识符</translation>
    </message>
    <message>
        <source>Any special procedural instructions</source>
        <extracomment>2ap-9.json elements procedures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>任何特别程序指示</translation>
    </message>
    <message>
        <source>Expedited preservation of stored computer data (Budapest Convention Art. 29)</source>
        <extracomment>budapest-29.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>快速保全存储的计算机数据（《布达佩斯公约》第 29 条）</translation>
    </message>
    <message>
        <source>Authority seeking the preservation</source>
        <extracomment>budapest-29.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>寻求保全的机关</translation>
    </message>
    <message>
        <source>Offence that is the subject of the criminal investigation or proceedings</source>
        <extracomment>budapest-29.json elements offence; budapest-30.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>作为刑事侦查或诉讼对象的犯罪行为</translation>
    </message>
    <message>
        <source>Brief summary of the related facts</source>
        <extracomment>budapest-29.json elements facts; budapest-30.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>相关事实的简要概述</translation>
    </message>
    <message>
        <source>Stored computer data to be preserved and its relationship to the offence</source>
        <extracomment>budapest-29.json elements data-description</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全的存储计算机数据及其与犯罪的关联</translation>
    </message>
    <message>
        <source>Identifiers of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全的存储计算机数据的标识符</translation>
    </message>
    <message>
        <source>Period of the stored computer data to be preserved</source>
        <extracomment>budapest-29.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全的存储计算机数据的期间</translation>
    </message>
    <message>
        <source>Any available information identifying the custodian of the stored computer data or the location of the computer system</source>
        <extracomment>budapest-29.json elements custodian; budapest-30.json elements custodian</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>可识别存储计算机数据保管人或计算机系统所在位置的任何现有信息</translation>
    </message>
    <message>
        <source>Necessity of the preservation</source>
        <extracomment>budapest-29.json elements necessity; budapest-30.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>保全的必要性</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search, seizure or disclosure of the data</source>
        <extracomment>budapest-29.json elements mla-to-follow</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于该缔约方拟就搜查、扣押或披露该数据提出司法协助请求的声明</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <extracomment>budapest-30.json title</extracomment>
        <translation>迅速披露已保全的流量数据（《布达佩斯公约》第30条）</translation>
    </message>
    <message>
        <source>Authority seeking the preservation of the traffic data (the Art. 29 request in whose execution the disclosure is made)</source>
        <extracomment>budapest-30.json elements requesting-authority</extracomment>
        <translation>要求保全流量数据的机关（在执行其第29条请求过程中进行披露）</translation>
    </message>
    <message>
        <source>Traffic data concerning a specific communication to be preserved, and their relationship to the offence</source>
        <extracomment>budapest-30.json elements communication</extracomment>
        <translation>需保全的特定通信的流量数据及其与犯罪的关系</translation>
    </message>
    <message>
        <source>Identifiers of the specific communication whose traffic data are to be preserved</source>
        <extracomment>budapest-30.json elements identifiers</extracomment>
        <translation>需保全其流量数据的特定通信的标识符</translation>
    </message>
    <message>
        <source>Date and time of the specific communication</source>
        <extracomment>budapest-30.json elements time-range</extracomment>
        <translation>特定通信的日期和时间</translation>
    </message>
    <message>
        <source>Statement that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the data</source>
        <extracomment>budapest-30.json elements mla-to-follow</extracomment>
        <translation>关于该缔约方拟就搜查或类似访问、扣押或类似获取或者披露数据提出司法协助请求的声明</translation>
    </message>
    <message>
        <source>Mutual assistance regarding accessing of stored computer data (Budapest Convention Art. 31)</source>
        <extracomment>budapest-31.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于访问存储的计算机数据的互助（《布达佩斯公约》第 31 条）</translation>
    </message>
    <message>
        <source>Reference / case number</source>
        <extracomment>budapest-31.json elements reference</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>编号 / 案件编号</translation>
    </message>
    <message>
        <source>Requesting authority (organisation, person in charge, contact details, office hours, time zone)</source>
        <extracomment>budapest-31.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求机关（机构、负责人、联系方式、办公时间、时区）</translation>
    </message>
    <message>
        <source>Prosecution office or court in charge and case number</source>
        <extracomment>budapest-31.json elements case</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>主管检察机关或法院及案件编号</translation>
    </message>
    <message>
        <source>Search or similar access, seizure or similar securing, and disclosure of data stored in the requested Party's territory</source>
        <extracomment>budapest-31.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>搜查或类似访问、扣押或类似保全，以及披露存储在被请求缔约方领土内的数据</translation>
    </message>
    <message>
        <source>Data categories sought</source>
        <extracomment>budapest-31.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所寻求的数据类别</translation>
    </message>
    <message>
        <source>Relevance and necessity of the data for the investigation</source>
        <extracomment>budapest-31.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>数据对侦查的相关性和必要性</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <extracomment>cloud-act.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>依据《云法案》行政协定签发的命令</translation>
    </message>
    <message>
        <source>Issuing authority of the foreign government (the order is 'issued by the foreign government')</source>
        <extracomment>cloud-act.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>外国政府的签发机关（命令“由外国政府签发”）</translation>
    </message>
    <message>
        <source>Provider of an electronic communications or remote computing service addressed</source>
        <extracomment>cloud-act.json elements service-provider</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>收件的电子通信服务或远程计算服务提供者</translation>
    </message>
    <message>
        <source>Purpose: prevention, detection, investigation or prosecution of serious crime, including terrorism</source>
        <extracomment>cloud-act.json elements serious-crime</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>目的：预防、发现、侦查或起诉包括恐怖主义在内的严重犯罪</translation>
    </message>
    <message>
        <source>Serious crime under investigation</source>
        <extracomment>cloud-act.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被调查的严重犯罪</translation>
    </message>
    <message>
        <source>Specific person, account, address, personal device or other specific identifier as the object of the order</source>
        <extracomment>cloud-act.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>作为命令对象的特定人员、账户、地址、个人设备或其他特定标识符</translation>
    </message>
    <message>
        <source>Period covered (particularity of the order)</source>
        <extracomment>cloud-act.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所涵盖的期间（命令的特定性）</translation>
    </message>
    <message>
        <source>Compliance with the domestic law of the issuing country (the provider's obligation derives solely from that law)</source>
        <extracomment>cloud-act.json elements legal-basis</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>符合签发国国内法（提供者的义务仅源于该法律）</translation>
    </message>
    <message>
        <source>Facts of the conduct under investigation (articulable and credible facts)</source>
        <extracomment>cloud-act.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被调查行为的事实（可具体陈述且可信的事实）</translation>
    </message>
    <message>
        <source>Reasonable justification based on articulable and credible facts, particularity, legality and severity regarding the conduct under investigation</source>
        <extracomment>cloud-act.json elements justification</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>基于可具体陈述且可信的事实、特定性、合法性及被调查行为严重性的合理理由</translation>
    </message>
    <message>
        <source>Review or oversight by a court, judge, magistrate or other independent authority prior to, or in proceedings regarding, enforcement</source>
        <extracomment>cloud-act.json elements review</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>在执行之前或在有关执行的程序中，由法院、法官、治安法官或其他独立机关进行的审查或监督</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <extracomment>eio.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>欧洲调查令</translation>
    </message>
    <message>
        <source>Issuing State / Executing State</source>
        <extracomment>eio.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发国 / 执行国</translation>
    </message>
    <message>
        <source>Investigative measure(s) to be carried out</source>
        <extracomment>eio.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需执行的侦查措施</translation>
    </message>
    <message>
        <source>Relationship to an earlier EIO</source>
        <extracomment>eio.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>与先前欧洲调查令的关系</translation>
    </message>
    <message>
        <source>Identity of the person concerned</source>
        <extracomment>eio.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>有关人员的身份</translation>
    </message>
    <message>
        <source>Type of proceedings for which the EIO is issued</source>
        <extracomment>eio.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发欧洲调查令所涉程序的类型</translation>
    </message>
    <message>
        <source>Grounds for issuing the EIO</source>
        <extracomment>eio.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发欧洲调查令的理由</translation>
    </message>
    <message>
        <source>Additional requirements for certain measures</source>
        <extracomment>eio.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>特定措施的附加要求</translation>
    </message>
    <message>
        <source>Transfer of a person held in custody</source>
        <extracomment>eio.json formSections H1</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>移交在押人员</translation>
    </message>
    <message>
        <source>Videoconference or telephone conference or other audiovisual transmission</source>
        <extracomment>eio.json formSections H2</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>视频会议、电话会议或其他视听传输</translation>
    </message>
    <message>
        <source>Information on bank and other financial accounts</source>
        <extracomment>eio.json formSections H3</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>银行账户和其他金融账户信息</translation>
    </message>
    <message>
        <source>Information on banking and other financial operations</source>
        <extracomment>eio.json formSections H4</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>银行业务和其他金融交易信息</translation>
    </message>
    <message>
        <source>Investigative measures implying the gathering of evidence in real time, continuously and over a certain period of time</source>
        <extracomment>eio.json formSections H5</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>涉及实时、持续并在一定期间内收集证据的侦查措施</translation>
    </message>
    <message>
        <source>Covert investigations</source>
        <extracomment>eio.json formSections H6</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>秘密侦查</translation>
    </message>
    <message>
        <source>Interception of telecommunications</source>
        <extracomment>eio.json formSections H7</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>截取电信通讯</translation>
    </message>
    <message>
        <source>Formalities and procedures requested for the execution</source>
        <extracomment>eio.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>执行时请求遵循的手续和程序</translation>
    </message>
    <message>
        <source>Legal remedies</source>
        <extracomment>eio.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>法律救济</translation>
    </message>
    <message>
        <source>Details of the authority which issued the EIO</source>
        <extracomment>eio.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发欧洲调查令的机关的详细信息</translation>
    </message>
    <message>
        <source>Details of the judicial authority which validated the EIO</source>
        <extracomment>eio.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>核准欧洲调查令的司法机关的详细信息</translation>
    </message>
    <message>
        <source>The EIO concerned</source>
        <extracomment>eio.json receiptFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所涉欧洲调查令</translation>
    </message>
    <message>
        <source>Authority which received the EIO</source>
        <extracomment>eio.json receiptFormSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>接收欧洲调查令的机关</translation>
    </message>
    <message>
        <source>Competent authority to whom the EIO is transmitted by the authority in section B (where applicable)</source>
        <extracomment>eio.json receiptFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>B 部分所述机关向其转交欧洲调查令的主管机关（如适用）</translation>
    </message>
    <message>
        <source>Any other information that may be relevant to the issuing authority</source>
        <extracomment>eio.json receiptFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>可能与签发机关相关的任何其他信息</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <extracomment>eio.json receiptFormSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签名和日期</translation>
    </message>
    <message>
        <source>Issuing authority (and, where applicable, validating authority)</source>
        <extracomment>eio.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关（以及如适用，核准机关）</translation>
    </message>
    <message>
        <source>Object of and reasons for the EIO</source>
        <extracomment>eio.json elements object-and-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>欧洲调查令的事由和理由</translation>
    </message>
    <message>
        <source>Necessary information available on the person(s) concerned</source>
        <extracomment>eio.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于有关人员的现有必要信息</translation>
    </message>
    <message>
        <source>Description of the criminal act under investigation or in proceedings</source>
        <extracomment>eio.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被侦查或处于诉讼中的犯罪行为的描述</translation>
    </message>
    <message>
        <source>Applicable provisions of the criminal law of the issuing State</source>
        <extracomment>eio.json elements legal-provisions; epoc-pr.json elements legal-provisions; epoc.json elements legal-provisions</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发国刑法的适用规定</translation>
    </message>
    <message>
        <source>Investigative measure(s) requested</source>
        <extracomment>eio.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求的侦查措施</translation>
    </message>
    <message>
        <source>Description of the evidence to be obtained</source>
        <extracomment>eio.json elements evidence-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>拟获取证据的描述</translation>
    </message>
    <message>
        <source>Necessity and proportionality for the purpose of the proceedings, taking into account the rights of the suspected or accused person</source>
        <extracomment>eio.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>考虑到犯罪嫌疑人或被告人的权利，为诉讼目的所具有的必要性和相称性</translation>
    </message>
    <message>
        <source>Information for the purpose of identifying the subject of the interception</source>
        <extracomment>eio.json elements interception-subject</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>用于识别被截取对象身份的信息</translation>
    </message>
    <message>
        <source>The desired duration of the interception</source>
        <extracomment>eio.json elements interception-duration</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所需的截取期限</translation>
    </message>
    <message>
        <source>Sufficient technical data, in particular the target identifier, to ensure that the EIO can be executed</source>
        <extracomment>eio.json elements interception-target</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>足以确保欧洲调查令得以执行的技术数据，特别是目标标识符</translation>
    </message>
    <message>
        <source>The reasons why the issuing authority considers the interception relevant for the purpose of the criminal proceedings concerned</source>
        <extracomment>eio.json elements interception-relevance</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关认为截取对相关刑事诉讼具有关联性的理由</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate</source>
        <extracomment>epoc-pr.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>欧洲保全令证明</translation>
    </message>
    <message>
        <source>Issuing/validating authority</source>
        <extracomment>epoc-pr.json formSections A; epoc.json formSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发/核准机关</translation>
    </message>
    <message>
        <source>Addressee</source>
        <extracomment>epoc-pr.json formSections B; epoc-pr.json extensionFormSections B; epoc.json formSections B</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Relation to other preservation order</source>
        <extracomment>epoc-pr.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>与其他保全令的关系</translation>
    </message>
    <message>
        <source>Information about the user</source>
        <extracomment>epoc-pr.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>用户信息</translation>
    </message>
    <message>
        <source>Data to be preserved</source>
        <extracomment>epoc-pr.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全的数据</translation>
    </message>
    <message>
        <source>Information on the underlying conditions</source>
        <extracomment>epoc-pr.json formSections F; epoc.json formSections G</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>关于基本条件的信息</translation>
    </message>
    <message>
        <source>Details of the issuing authority</source>
        <extracomment>epoc-pr.json formSections G; epoc.json formSections I</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关的详细信息</translation>
    </message>
    <message>
        <source>Details of the validating authority</source>
        <extracomment>epoc-pr.json formSections H; epoc.json formSections J</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>核准机关的详细信息</translation>
    </message>
    <message>
        <source>EPOC-PR concerned (issuing State, issuing authority, file numbers, date of the EPOC-PR)</source>
        <extracomment>epoc-pr.json extensionFormSections A</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所涉欧洲保全令证明（签发国、签发机关、案卷编号、欧洲保全令证明的日期）</translation>
    </message>
    <message>
        <source>Extension of the preservation obligation by an additional 30 days</source>
        <extracomment>epoc-pr.json extensionFormSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>将保全义务再延长 30 天</translation>
    </message>
    <message>
        <source>Details of the issuing authority and signature</source>
        <extracomment>epoc-pr.json extensionFormSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关的详细信息及签名</translation>
    </message>
    <message>
        <source>Issuing authority and, where applicable, validating authority</source>
        <extracomment>epoc-pr.json elements issuing-authority; epoc.json elements issuing-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>签发机关以及如适用，核准机关</translation>
    </message>
    <message>
        <source>Addressee (designated establishment or legal representative of the service provider)</source>
        <extracomment>epoc-pr.json elements addressee; epoc.json elements addressee</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>收件人（服务提供者的指定机构或法定代表）</translation>
    </message>
    <message>
        <source>User or other unique identifier determining the data to be preserved</source>
        <extracomment>epoc-pr.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>确定需保全数据的用户或其他唯一标识符</translation>
    </message>
    <message>
        <source>Data category to be preserved</source>
        <extracomment>epoc-pr.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全的数据类别</translation>
    </message>
    <message>
        <source>Time range of the data to be preserved</source>
        <extracomment>epoc-pr.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需保全数据的时间范围</translation>
    </message>
    <message>
        <source>Offence (any criminal offence)</source>
        <extracomment>epoc-pr.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>犯罪（任何刑事犯罪）</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure (to prevent removal, deletion or alteration of data pending a production request)</source>
        <extracomment>epoc-pr.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>采取该措施的必要性和相称性理由（在提出提交请求之前防止数据被移除、删除或更改）</translation>
    </message>
    <message>
        <source>European Production Order Certificate</source>
        <extracomment>epoc.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>欧洲提交令证明</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>epoc.json formSections C</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>期限</translation>
    </message>
    <message>
        <source>Relation to other production/preservation order</source>
        <extracomment>epoc.json formSections D</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>与其他提交令/保全令的关系</translation>
    </message>
    <message>
        <source>Relevant information for notification</source>
        <extracomment>epoc.json formSections E</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>与通知有关的信息</translation>
    </message>
    <message>
        <source>Data to be produced</source>
        <extracomment>epoc.json formSections F</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>需提交的数据</translation>
    </message>
    <message>
        <source>Information to the user</source>
        <extracomment>epoc.json formSections H</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>向用户提供的信息</translation>
    </message>
    <message>
        <source>Notification and details of the enforcing authority</source>
        <extracomment>epoc.json formSections K</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>通知及执行机关的详细信息</translation>
    </message>
    <message>
        <source>Transfer of data</source>
        <extracomment>epoc.json formSections L</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>数据传输</translation>
    </message>
    <message>
        <source>Any other relevant information</source>
        <extracomment>epoc.json formSections M</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>任何其他相关信息</translation>
    </message>
    <message>
        <source>User or other unique identifier (user name, login ID, account name) determining the data sought</source>
        <extracomment>epoc.json elements identifiers</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>确定所寻求数据的用户或其他唯一标识符（用户名、登录名、账户名）</translation>
    </message>
    <message>
        <source>Requested data category (subscriber, user-identifying, traffic, content)</source>
        <extracomment>epoc.json elements data-categories</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求的数据类别（订户数据、用户识别数据、流量数据、内容数据）</translation>
    </message>
    <message>
        <source>Time range of the data requested</source>
        <extracomment>epoc.json elements time-range</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>所请求数据的时间范围</translation>
    </message>
    <message>
        <source>Offence (traffic and content data only for offences punishable by a maximum of at least 3 years or listed in Art. 5(4)(b)-(c))</source>
        <extracomment>epoc.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>犯罪（流量数据和内容数据仅限于最高刑至少为 3 年的犯罪或第 5 条第 4 款(b)-(c)项所列犯罪）</translation>
    </message>
    <message>
        <source>Duly justified reasons for the emergency</source>
        <extracomment>epoc.json elements emergency-reasons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>紧急情况的正当理由</translation>
    </message>
    <message>
        <source>Grounds for the necessity and proportionality of the measure</source>
        <extracomment>epoc.json elements necessity</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>采取该措施的必要性和相称性理由</translation>
    </message>
    <message>
        <source>Summary description of the case</source>
        <extracomment>epoc.json elements case-summary</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>案件简要描述</translation>
    </message>
    <message>
        <source>Mutual legal assistance (UNTOC Art. 18 or bilateral treaty)</source>
        <extracomment>mla.json title</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>司法协助（《联合国打击跨国有组织犯罪公约》第 18 条或双边条约）</translation>
    </message>
    <message>
        <source>Identity of the authority making the request</source>
        <extracomment>mla.json elements requesting-authority</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>提出请求的机关</translation>
    </message>
    <message>
        <source>Subject matter and nature of the investigation, prosecution or judicial proceeding, and the name and functions of the authority conducting it</source>
        <extracomment>mla.json elements subject-matter</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>侦查、起诉或审判程序的事由和性质，以及进行此项程序的机关的名称和职能</translation>
    </message>
    <message>
        <source>Offence under investigation (part of the subject matter and nature of the investigation, prosecution or judicial proceeding)</source>
        <extracomment>mla.json elements offence</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>被调查的犯罪（侦查、起诉或审判程序的事由和性质的一部分）</translation>
    </message>
    <message>
        <source>Summary of the relevant facts (not needed for requests for service of judicial documents)</source>
        <extracomment>mla.json elements facts</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>有关事实的概述（为送达司法文书提出的请求无需提供）</translation>
    </message>
    <message>
        <source>Description of the assistance sought and details of any particular procedure the requesting State wishes to be followed</source>
        <extracomment>mla.json elements assistance-sought</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>对请求协助的事项和请求国希望遵循的特定程序细节的说明</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <extracomment>mla.json elements measures</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>请求的措施</translation>
    </message>
    <message>
        <source>Where possible, identity, location and nationality of any person concerned</source>
        <extracomment>mla.json elements persons</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>可能时，任何有关人员的身份、所在地和国籍</translation>
    </message>
    <message>
        <source>Purpose for which the evidence, information or action is sought</source>
        <extracomment>mla.json elements purpose</extracomment>
        <translatorcomment>draft</translatorcomment>
        <translation>索取证据、资料或要求采取行动的目的</translation>
    </message>
    <message>
        <source>Requesting authority (contents otherwise as required by the applicable treaty or Art. 27 of the Convention)</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">请求机关（其他内容依照适用条约或公约第 27 条的要求）</translation>
    </message>
    <message>
        <source>Statement that the request is submitted pursuant to the Protocol</source>
        <translatorcomment>draft</translatorcomment>
        <translation type="vanished">关于请求系依据本议定书提出的声明</translation>
    </message>
</context>
</TS>
