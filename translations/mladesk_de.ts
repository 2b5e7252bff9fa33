<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>

<TS version="2.1" language="de_DE">
<context>
    <name>RegisterOpener</name>
    <message>
        <source>The register cannot be opened</source>
        <translation type="unfinished">Das Register kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Preparing the sandbox with sample data…</source>
        <translation type="unfinished">Die Sandbox mit Beispieldaten wird vorbereitet…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished">Sandbox</translation>
    </message>
    <message>
        <source>No sandbox</source>
        <translation type="unfinished">Keine Sandbox</translation>
    </message>
</context>
<context>
    <name>mladesk::CreateRegisterDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished">Auf diesem &amp;Computer merken</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation type="unfinished">Register anlegen</translation>
    </message>
    <message>
        <source>A register holds your requests, encrypted. Choose a passphrase you can remember: nobody, including the administrators, can recover it.</source>
        <translation type="unfinished">Ein Register enthält Ihre Ersuchen, verschlüsselt. Wählen Sie eine Passphrase, die Sie sich merken können: Niemand, auch keine Administratorin, kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished">&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished">&amp;Speicherort:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished">&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished">&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Anlegen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation type="unfinished">Neues Register</translation>
    </message>
    <message>
        <source>MLA Desk registers (*.mladesk)</source>
        <translation type="unfinished">MLA-Desk-Register (*.mladesk)</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, for example four unrelated words.</source>
        <translation type="unfinished">Zu kurz: mindestens %1 Zeichen, zum Beispiel vier voneinander unabhängige Wörter.</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing words, digits and signs, is stronger.</source>
        <translation type="unfinished">Mittel: Länger oder gemischt aus Wörtern, Ziffern und Zeichen ist stärker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished">Stark.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished">Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished">Die beiden Passphrasen unterscheiden sich. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Enter your name; it names your key slot in the register.</source>
        <translation type="unfinished">Geben Sie Ihren Namen ein; er bezeichnet Ihren Schlüsselplatz im Register.</translation>
    </message>
    <message>
        <source>A register already exists there. Choose another location.</source>
        <translation type="unfinished">Dort gibt es bereits ein Register. Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Creating the register and deriving its key…</source>
        <translation type="unfinished">Das Register wird angelegt und sein Schlüssel abgeleitet…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished">Auf diesem Computer merken</translation>
    </message>
</context>
<context>
    <name>mladesk::MainWindow</name>
    <message>
        <source>%1 – MLA Desk</source>
        <translation type="unfinished">%1 – MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is locked&lt;/h2&gt;&lt;p&gt;Its content is hidden until you unlock it again.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h2&gt;Das Register ist gesperrt&lt;/h2&gt;&lt;p&gt;Sein Inhalt bleibt verborgen, bis Sie es wieder entsperren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished">&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Could not load requests</source>
        <translation type="unfinished">Ersuchen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished">&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MLA Desk</source>
        <translation type="unfinished">Ü&amp;ber MLA Desk</translation>
    </message>
    <message>
        <source>About MLA Desk</source>
        <translation type="unfinished">Über MLA Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Cross-border requests for evidence: mutual legal assistance, European Investigation and Production Orders, Budapest Convention and CLOUD Act requests, in an encrypted register.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Grenzüberschreitende Beweisersuchen: Rechtshilfe, Europäische Ermittlungs- und Herausgabeanordnungen, Ersuchen nach dem Budapester Übereinkommen und dem CLOUD Act, in einem verschlüsselten Register.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished">Register</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished">Register: %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished">Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished">Gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform>%n Ersuchen</numerusform>
            <numerusform>%n Ersuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation type="unfinished">Das Register kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestListModel</name>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished">Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">Eingehend</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Aktenzeichen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished">Richtung</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished">Rechtsinstrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished">Dringlichkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Staat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Betreff</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Geändert</translation>
    </message>
</context>
<context>
    <name>mladesk::UnlockDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished">Auf diesem &amp;Computer merken</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished">%1 entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Register %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished">&lt;b&gt;Register %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Keeps a key for this register in the system keychain, so it opens without the passphrase for your account on this computer.</source>
        <translation type="unfinished">Legt einen Schlüssel für dieses Register im Schlüsselbund des Systems ab, sodass es sich für Ihr Konto auf diesem Computer ohne Passphrase öffnet.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Entsperren</translation>
    </message>
    <message>
        <source>Opening with the key remembered on this computer…</source>
        <translation type="unfinished">Öffnen mit dem auf diesem Computer gemerkten Schlüssel…</translation>
    </message>
    <message>
        <source>This computer no longer remembers the register. Enter the passphrase.</source>
        <translation type="unfinished">Dieser Computer kennt das Register nicht mehr. Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished">Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation type="unfinished">Der Schlüssel wird aus der Passphrase abgeleitet…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished">Auf diesem Computer merken</translation>
    </message>
</context>
</TS>
