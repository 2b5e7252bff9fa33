<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CertificateText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>nicht eingeschränkt</translation>
    </message>
    <message>
        <source>(not for signatures)</source>
        <translation>(nicht zum Signieren)</translation>
    </message>
    <message>
        <source>certification authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Decision on recognition</source>
        <translation>Entscheidung über die Anerkennung</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Provisional measure</source>
        <translation>Vorläufige Maßnahme</translation>
    </message>
    <message>
        <source>Production of the data</source>
        <translation>Herausgabe der Daten</translation>
    </message>
    <message>
        <source>Grounds for refusal (enforcing state)</source>
        <translation>Ablehnungsgründe (Vollstreckungsstaat)</translation>
    </message>
    <message>
        <source>Ex-post validation</source>
        <translation>Nachträgliche Validierung</translation>
    </message>
    <message>
        <source>End of preservation</source>
        <translation>Ende der Sicherung</translation>
    </message>
    <message>
        <source>Service on the provider</source>
        <translation>Zustellung an den Diensteanbieter</translation>
    </message>
    <message>
        <source>Provider&apos;s disclosure</source>
        <translation>Offenlegung durch den Diensteanbieter</translation>
    </message>
    <message>
        <source>Deletion announced by the provider</source>
        <translation>Vom Diensteanbieter angekündigte Löschung</translation>
    </message>
    <message>
        <source>End of retention</source>
        <translation>Ende der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>subscriber information</source>
        <translation>Bestandsdaten</translation>
    </message>
    <message>
        <source>traffic data</source>
        <translation>Verkehrsdaten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Gewahrt</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Verspätet erfüllt</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Fristlauf gehemmt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gegenstandslos</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Fristlauf hemmen</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Fristlauf fortsetzen</translation>
    </message>
    <message>
        <source>Earlier date asked by the other side</source>
        <translation>Von der Gegenseite verlangtes früheres Fristende</translation>
    </message>
    <message>
        <source>received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>Unterrichtung</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>Erlass</translation>
    </message>
    <message>
        <source>served</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>documentation complete</source>
        <translation>Unterlagen vollständig</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>Fristlauf gehemmt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Fristende (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Fristende in %1</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Fristende (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Gewahrt am</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Governing state</source>
        <translation>Maßgeblicher Staat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Wie sich das Datum ergibt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>edit</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>RegisterOpener</name>
    <message>
        <source>The register cannot be opened</source>
        <translation>Das Register kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Preparing the sandbox with sample data…</source>
        <translation>Die Sandbox mit Beispieldaten wird vorbereitet…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No sandbox</source>
        <translation>Keine Sandbox</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>Open a &amp;backup…</source>
        <translation>&amp;Sicherung öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;another register…</source>
        <translation>&amp;Anderes Register öffnen…</translation>
    </message>
</context>
<context>
    <name>mladesk::AdjustDeadlineDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fristende: %2</translation>
    </message>
    <message>
        <source>— clock stopped</source>
        <translation>— Fristlauf gehemmt</translation>
    </message>
    <message>
        <source>Extended &amp;on:</source>
        <translation>Verlängert &amp;am:</translation>
    </message>
    <message>
        <source>Clock stopped &amp;at:</source>
        <translation>Gehemmt &amp;ab:</translation>
    </message>
    <message>
        <source>Clock restarted &amp;at:</source>
        <translation>Fortgesetzt &amp;ab:</translation>
    </message>
    <message>
        <source>New due date and &amp;time:</source>
        <translation>Neues Frist&amp;ende:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Time zone of the date</source>
        <translation>Zeitzone des Datums</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Ihre Zeit (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s time (%2)</source>
        <translation>Zeit in %1 (%2)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>as the instrument provides</source>
        <translation>wie im Rechtsinstrument vorgesehen</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Verlängerung:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Optional: what the other side asked, and when</source>
        <translation>Optional: was die Gegenseite verlangt hat und wann</translation>
    </message>
    <message>
        <source>Required: the clarification awaited, the reasons given…</source>
        <translation>Erforderlich: die erwartete Klarstellung, die mitgeteilten Gründe…</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>e.g. Art. 12(5)</source>
        <translation>z. B. Art. 12 Abs. 5</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ar&amp;ticle (optional):</source>
        <translation>Ar&amp;tikel (optional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1, as the instrument provides (%2)</source>
        <translation>%1, wie im Rechtsinstrument vorgesehen (%2)</translation>
    </message>
    <message>
        <source>The instrument provides no extension of its own: give its length.</source>
        <translation>Das Rechtsinstrument sieht keine eigene Verlängerung vor: Geben Sie deren Dauer an.</translation>
    </message>
</context>
<context>
    <name>mladesk::ApproveDialog</name>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;p&gt;You approve this request as %3. Any later change to its content withdraws the approval.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;p&gt;Sie genehmigen dieses Ersuchen als %3. Jede spätere Änderung seines Inhalts nimmt die Genehmigung zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Ihre &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Bemerkung (optional):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
</context>
<context>
    <name>mladesk::AuditView</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filter nach Benutzer</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filter nach Vorgang</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jeder Vorgang</translation>
    </message>
    <message>
        <source>Object, e.g. request: or user:anna</source>
        <translation>Objekt, z. B. request: oder user:anna</translation>
    </message>
    <message>
        <source>Object filter</source>
        <translation>Filter nach Objekt</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chain is intact&lt;/b&gt;: %1 entries. Head: no. %2, &lt;tt&gt;%3&lt;/tt&gt; — note it outside the register to detect later truncation.</source>
        <translation>&lt;b&gt;Die Kette ist unversehrt&lt;/b&gt;: %1 Einträge. Kopf: Nr. %2, &lt;tt&gt;%3&lt;/tt&gt; — außerhalb des Registers notieren, um spätere Kürzungen zu erkennen.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c00&apos;&gt;The chain is broken from entry %1&lt;/b&gt;: %2.</source>
        <translation>&lt;b style=&apos;color:#c00&apos;&gt;Die Kette ist ab Eintrag %1 gebrochen&lt;/b&gt;: %2.</translation>
    </message>
</context>
<context>
    <name>mladesk::AuthoritiesView</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Central authority contact</source>
        <translation>Kontakt der Zentralbehörde</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Staaten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>New state…</source>
        <translation>Neuer Staat…</translation>
    </message>
    <message>
        <source>Edit state…</source>
        <translation>Staat bearbeiten…</translation>
    </message>
    <message>
        <source>New authority…</source>
        <translation>Neue Behörde…</translation>
    </message>
    <message>
        <source>Edit authority…</source>
        <translation>Behörde bearbeiten…</translation>
    </message>
    <message>
        <source>Authorities of the selected state</source>
        <translation>Behörden des ausgewählten Staates</translation>
    </message>
    <message>
        <source>Holidays, languages and contacts…</source>
        <translation>Feiertage, Sprachen und Kontakte…</translation>
    </message>
    <message>
        <source>The state&apos;s profile that deadlines and documents use: public holidays, time zone, languages accepted per instrument, central authority, 24/7 contact, reservations</source>
        <translation>Das Staatenprofil, das Fristen und Dokumente verwenden: Feiertage, Zeitzone, je Rechtsinstrument akzeptierte Sprachen, Zentrale Behörde, 24/7-Kontaktstelle, Vorbehalte</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Staatenprofil</translation>
    </message>
</context>
<context>
    <name>mladesk::AuthorityDialog</name>
    <message>
        <source>New authority</source>
        <translation>Neue Behörde</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;State (ISO 3166):</source>
        <translation>&amp;Staat (ISO 3166):</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>&amp;Languages (ISO 639-1, comma-separated):</source>
        <translation>&amp;Sprachen (ISO 639-1, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;Time zone (IANA):</source>
        <translation>&amp;Zeitzone (IANA):</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Anschrift:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleActions</name>
    <message>
        <source>&amp;Bundles</source>
        <translation>Signierte &amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation>Signiertes Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>The selected approved request as a signed bundle for the requested authority</source>
        <translation>Das ausgewählte genehmigte Ersuchen als signiertes Paket für die ersuchte Behörde</translation>
    </message>
    <message>
        <source>&amp;Add my signature to a bundle…</source>
        <translation>Meine Signatur zu einem Paket &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Co-sign a bundle, e.g. as the approving prosecutor</source>
        <translation>Ein Paket mitunterzeichnen, z. B. als genehmigende Staatsanwältin oder genehmigender Staatsanwalt</translation>
    </message>
    <message>
        <source>&amp;Verify or import a bundle…</source>
        <translation>Paket &amp;prüfen oder importieren…</translation>
    </message>
    <message>
        <source>Check a bundle received from another authority; you can also drop it on the window</source>
        <translation>Ein von einer anderen Behörde erhaltenes Paket prüfen; Sie können es auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Vertrauenswürdige Zertifikate…</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Signiertes Paket exportieren</translation>
    </message>
    <message>
        <source>Select the approved outgoing request to export first.</source>
        <translation>Wählen Sie zuerst das genehmigte ausgehende Ersuchen aus, das exportiert werden soll.</translation>
    </message>
    <message>
        <source>Add my signature to a bundle</source>
        <translation>Meine Signatur zu einem Paket hinzufügen</translation>
    </message>
    <message>
        <source>Signed bundles (*.asice *.sce)</source>
        <translation>Signierte Pakete (*.asice *.sce)</translation>
    </message>
    <message>
        <source>Add your signature to %1. It signs the same manifest as the signatures already there; check the bundle first (Verify or import a bundle).</source>
        <translation>Fügen Sie %1 Ihre Signatur hinzu. Sie signiert dasselbe Manifest wie die bereits vorhandenen Signaturen; prüfen Sie das Paket zuerst (Paket prüfen oder importieren).</translation>
    </message>
    <message>
        <source>Signature not added</source>
        <translation>Signatur nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation>Signatur hinzugefügt</translation>
    </message>
    <message>
        <source>Your signature was added to %1.
SHA-256 of the file now: %2</source>
        <translation>Ihre Signatur wurde %1 hinzugefügt.
Neuer SHA-256-Hashwert der Datei: %2</translation>
    </message>
    <message>
        <source>Verify or import a bundle</source>
        <translation>Paket prüfen oder importieren</translation>
    </message>
    <message>
        <source>Bundles (*.asice *.sce *.p7m *.zip);;All files (*)</source>
        <translation>Signierte Pakete (*.asice *.sce *.p7m *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is encrypted for its recipient. Open it with your certificate.</source>
        <translation>%1 ist für seinen Empfänger verschlüsselt. Öffnen Sie es mit Ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>Open an encrypted bundle</source>
        <translation>Verschlüsseltes Paket öffnen</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Signiertes Paket exportieren</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>Encrypt for</source>
        <translation>Verschlüsseln für</translation>
    </message>
    <message>
        <source>Not encrypted (signed only)</source>
        <translation>Nicht verschlüsselt (nur signiert)</translation>
    </message>
    <message>
        <source>&amp;Encrypt for:</source>
        <translation>&amp;Verschlüsseln für:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>This request cannot be exported yet.</source>
        <translation>Dieses Ersuchen kann noch nicht exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: the request (interchange format), its document in %2 and %n attachment(s), with a manifest of their SHA-256 digests, signed by you.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: das Ersuchen (Austauschformat), sein Dokument auf %2 und %n Anhang, mit einem Manifest ihrer SHA-256-Hashwerte, von Ihnen signiert.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: das Ersuchen (Austauschformat), sein Dokument auf %2 und %n Anhänge, mit einem Manifest ihrer SHA-256-Hashwerte, von Ihnen signiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose your certificate)</source>
        <translation>(wählen Sie Ihr Zertifikat)</translation>
    </message>
    <message>
        <source>Sign the bundle of %1.</source>
        <translation>Signieren Sie das Paket zu %1.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Signed bundles (*.asice *.p7m)</source>
        <translation>Signierte Pakete (*.asice *.p7m)</translation>
    </message>
    <message>
        <source>Choose the certificate you sign with first.</source>
        <translation>Wählen Sie zuerst das Zertifikat, mit dem Sie signieren.</translation>
    </message>
    <message>
        <source>Writing and signing the bundle…</source>
        <translation>Das Paket wird geschrieben und signiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopped. No bundle was written.</source>
        <translation>Angehalten. Es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Das Paket wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Written: %1 (%2). SHA-256 %3 — give this digest to the recipient by another channel if they want to check the file they received.</source>
        <translation>Geschrieben: %1 (%2). SHA-256 %3 — teilen Sie diesen Hashwert dem Empfänger auf einem anderen Weg mit, falls er die erhaltene Datei prüfen möchte.</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleReportDialog</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Signature file</source>
        <translation>Signaturdatei</translation>
    </message>
    <message>
        <source>File digest</source>
        <translation>Hashwert der Datei</translation>
    </message>
    <message>
        <source>Listed file present</source>
        <translation>Aufgeführte Datei vorhanden</translation>
    </message>
    <message>
        <source>File listed</source>
        <translation>Datei aufgeführt</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Daten des Ersuchens</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>Unterzeichner vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate valid when signed</source>
        <translation>Zertifikat zum Signaturzeitpunkt gültig</translation>
    </message>
    <message>
        <source>Certificate fit for signing</source>
        <translation>Zertifikat zum Signieren geeignet</translation>
    </message>
    <message>
        <source>&amp;Import as incoming request</source>
        <translation>Als eingehendes Ersuchen &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>File or signer</source>
        <translation>Datei oder Unterzeichner</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopped before every check was made: the bundle is not verified.</source>
        <translation>Angehalten, bevor alle Prüfungen erfolgt sind: Das Paket ist nicht verifiziert.</translation>
    </message>
    <message>
        <source>Verified: every check passed.</source>
        <translation>Verifiziert: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>%1, request %2. SHA-256 of the file: %3</source>
        <translation>%1, Ersuchen %2. SHA-256 der Datei: %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>Not verified: %n check(s) failed. Do not rely on this bundle.</source>
        <translation>
            <numerusform>Nicht verifiziert: %n Prüfung ist fehlgeschlagen. Verlassen Sie sich nicht auf dieses Paket.</numerusform>
            <numerusform>Nicht verifiziert: %n Prüfungen sind fehlgeschlagen. Verlassen Sie sich nicht auf dieses Paket.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>SHA-256 der Datei: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signiert am %1</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>ohne Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>trusted through %1</source>
        <translation>vertrauenswürdig über %1</translation>
    </message>
    <message>
        <source>No signer could be read.</source>
        <translation>Es konnte kein Unterzeichner gelesen werden.</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Unterzeichner:</translation>
    </message>
    <message>
        <source>Your role cannot import requests.</source>
        <translation>Ihre Rolle erlaubt es nicht, Ersuchen zu importieren.</translation>
    </message>
    <message>
        <source>Only a verified bundle can be imported.</source>
        <translation>Nur ein verifiziertes Paket kann importiert werden.</translation>
    </message>
    <message>
        <source>Importing the bundle into the register…</source>
        <translation>Das Paket wird in das Register importiert…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported as %1, with %n file(s) and this report as its chain of custody.</source>
        <translation>
            <numerusform>Importiert als %1, mit %n Datei und diesem Bericht als Nachweis der Beweismittelkette.</numerusform>
            <numerusform>Importiert als %1, mit %n Dateien und diesem Bericht als Nachweis der Beweismittelkette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mladesk::CalendarExportDialog</name>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Fristen in den Kalender exportieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes the open deadlines that have a due date as an iCalendar file (.ics) for your calendar program, with reminders a day and an hour before each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt die laufenden Fristen mit Fristende in eine iCalendar-Datei (.ics) für Ihr Kalenderprogramm, mit einer Erinnerung jeweils einen Tag und eine Stunde vorher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file is not encrypted.&lt;/b&gt; Anyone who can read it sees the references of your requests, the kind of each deadline with its instrument and direction, and the dates. It holds nothing else from the register: no summaries, persons or authorities. Keep it on encrypted storage and delete it when your calendar has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Datei ist nicht verschlüsselt.&lt;/b&gt; Wer sie lesen kann, sieht die Aktenzeichen Ihrer Ersuchen, die Art jeder Frist mit Rechtsinstrument und Richtung sowie die Daten. Sonst enthält sie nichts aus dem Register: keine Betreffzeilen, Personen oder Behörden. Bewahren Sie sie auf verschlüsseltem Speicher auf und löschen Sie sie, sobald Ihr Kalender sie übernommen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mladesk::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neues Verfahren</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Verfahren %1 bearbeiten</translation>
    </message>
    <message>
        <source>National &amp;reference:</source>
        <translation>&amp;Nationales Aktenzeichen:</translation>
    </message>
    <message>
        <source>National reference</source>
        <translation>Nationales Aktenzeichen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Offences (comma-separated):</source>
        <translation>&amp;Straftaten (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Straftaten</translation>
    </message>
    <message>
        <source>Responsible &amp;prosecutor:</source>
        <translation>&amp;Zuständige Staatsanwaltschaft:</translation>
    </message>
    <message>
        <source>Responsible prosecutor</source>
        <translation>Zuständige Staatsanwaltschaft</translation>
    </message>
</context>
<context>
    <name>mladesk::CasesView</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Staatsanwalt/Staatsanwältin</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Verfahren filtern</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neues &amp;Verfahren…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Verfahren bearbeiten…</translation>
    </message>
    <message>
        <source>Could not load cases</source>
        <translation>Verfahren konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>mladesk::CreateRegisterDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem &amp;Computer merken</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>Register anlegen</translation>
    </message>
    <message>
        <source>A register holds your requests, encrypted. Choose a passphrase you can remember: nobody, including the administrators, can recover it.</source>
        <translation>Ein Register enthält Ihre Ersuchen, verschlüsselt. Wählen Sie eine Passphrase, die Sie sich merken können: Niemand, auch keine Administratorin, kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Neues Register</translation>
    </message>
    <message>
        <source>MLA Desk registers (*.mladesk)</source>
        <translation>MLA-Desk-Register (*.mladesk)</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, for example four unrelated words.</source>
        <translation>Zu kurz: mindestens %1 Zeichen, zum Beispiel vier voneinander unabhängige Wörter.</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing words, digits and signs, is stronger.</source>
        <translation>Mittel: Länger oder gemischt aus Wörtern, Ziffern und Zeichen ist stärker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Enter your name; it names your key slot in the register.</source>
        <translation>Geben Sie Ihren Namen ein; er bezeichnet Ihren Schlüsselplatz im Register.</translation>
    </message>
    <message>
        <source>A register already exists there. Choose another location.</source>
        <translation>Dort gibt es bereits ein Register. Wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Creating the register and deriving its key…</source>
        <translation>Das Register wird angelegt und sein Schlüssel abgeleitet…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
</context>
<context>
    <name>mladesk::DeadlineNotifier</name>
    <message>
        <source>MLA Desk</source>
        <translation>MLA Desk</translation>
    </message>
    <message>
        <source>Deadlines now due: %1</source>
        <translation>Jetzt fällige Fristen: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>mladesk::DeadlinesModel</name>
    <message>
        <source>Overdue</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Clocks stopped</source>
        <translation>Gehemmte Fristen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2, whose calendar and time zone (%3) govern this deadline</source>
        <translation>%1 in %2, dessen Kalender und Zeitzone (%3) für diese Frist maßgeblich sind</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Fristlauf gehemmt</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Fristende (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Governing state&apos;s time</source>
        <translation>Zeit im maßgeblichen Staat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Rechtsinstrument</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>mladesk::DeadlinesView</name>
    <message>
        <source>&amp;Open request</source>
        <translation>Ersuchen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>In den Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Laufende Fristen</translation>
    </message>
    <message>
        <source>Deadline trail</source>
        <translation>Fristberechnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufende Fristen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the request of the selected deadline (Enter)</source>
        <translation>Das Ersuchen der ausgewählten Frist anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Write the open deadlines to an .ics file for your calendar program</source>
        <translation>Die laufenden Fristen in eine .ics-Datei für Ihr Kalenderprogramm schreiben</translation>
    </message>
    <message>
        <source>Could not load deadlines</source>
        <translation>Fristen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not read the deadlines: %1</source>
        <translation>Die Fristen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checked at %1 · times in your zone (%2)</source>
        <translation>Geprüft um %1 · Zeiten in Ihrer Zeitzone (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keine laufenden Fristen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deadlines: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufende Fristen: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open deadlines&lt;/h3&gt;&lt;p&gt;A deadline appears here once its request records the event it counts from: received, recognised, notified, served…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine laufenden Fristen&lt;/h3&gt;&lt;p&gt;Eine Frist erscheint hier, sobald ihr Ersuchen das Ereignis verzeichnet, das sie auslöst: Eingang, Anerkennung, Unterrichtung, Zustellung…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a deadline to see why its date is what it is: the rule, the article, the event it counts from and every adjustment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Frist, um zu sehen, wie sich ihr Ende ergibt: die Regel, der Artikel, das auslösende Ereignis und jede Anpassung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This deadline is no longer open.</source>
        <translation>Diese Frist läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Deadlines not exported</source>
        <translation>Fristen nicht exportiert</translation>
    </message>
    <message>
        <source>Deadlines exported to %1: %2</source>
        <translation>Fristen exportiert nach %1: %2</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>Export nicht protokolliert</translation>
    </message>
    <message>
        <source>%1, but the audit trail could not record it: %2</source>
        <translation>%1, aber das Prüfprotokoll konnte es nicht verzeichnen: %2</translation>
    </message>
</context>
<context>
    <name>mladesk::DocumentPreviewDialog</name>
    <message>
        <source>Request document</source>
        <translation>Ersuchensdokument</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Zweite Sprache</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Nächste ▶</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation>&amp;Daneben:</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>Dokumentstatus</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Request document: %1</source>
        <translation>Ersuchensdokument: %1</translation>
    </message>
    <message>
        <source>Rendering the document…</source>
        <translation>Das Dokument wird gesetzt…</translation>
    </message>
    <message>
        <source>DRAFT: this document cannot be sent yet. %1</source>
        <translation>ENTWURF: Dieses Dokument kann noch nicht versandt werden. %1</translation>
    </message>
    <message>
        <source>The request lacks what its instrument requires.</source>
        <translation>Dem Ersuchen fehlt, was sein Rechtsinstrument verlangt.</translation>
    </message>
    <message>
        <source>Not reviewed in this language: %1.</source>
        <translation>In dieser Sprache nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>Final: every required element is there and every text is reviewed in this language.</source>
        <translation>Endfassung: Alle erforderlichen Angaben sind vorhanden und jeder Text ist in dieser Sprache geprüft.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1 (%2). Choose another place.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden (%2). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. This copy is not encrypted: keep it where the case file belongs and delete it when it has been sent.</source>
        <translation>Gespeichert unter %1. Diese Kopie ist nicht verschlüsselt: Bewahren Sie sie bei der Akte auf und löschen Sie sie nach dem Versand.</translation>
    </message>
</context>
<context>
    <name>mladesk::EditableTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Die ausgewählte Zeile aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>mladesk::MainWindow</name>
    <message>
        <source>%1 – MLA Desk</source>
        <translation>%1 – MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is locked&lt;/h2&gt;&lt;p&gt;Its content is hidden until you unlock it again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Das Register ist gesperrt&lt;/h2&gt;&lt;p&gt;Sein Inhalt bleibt verborgen, bis Sie es wieder entsperren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MLA Desk</source>
        <translation>Ü&amp;ber MLA Desk</translation>
    </message>
    <message>
        <source>About MLA Desk</source>
        <translation>Über MLA Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Cross-border requests for evidence: mutual legal assistance, European Investigation and Production Orders, Budapest Convention and CLOUD Act requests, in an encrypted register.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Grenzüberschreitende Beweisersuchen: Rechtshilfe, Europäische Ermittlungs- und Herausgabeanordnungen, Ersuchen nach dem Budapester Übereinkommen und dem CLOUD Act, in einem verschlüsselten Register.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Das Register kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>Ausgehende Ersuchen</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Eingehende Ersuchen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Authorities and states</source>
        <translation>Behörden und Staaten</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neues Ersuchen…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neues &amp;Verfahren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit request…</source>
        <translation>Ersuchen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Outgoing requests</source>
        <translation>&amp;Ausgehende Ersuchen</translation>
    </message>
    <message>
        <source>&amp;Incoming requests</source>
        <translation>&amp;Eingehende Ersuchen</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Verfahren</translation>
    </message>
    <message>
        <source>&amp;Authorities and states</source>
        <translation>&amp;Behörden und Staaten</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n Ersuchen angezeigt</numerusform>
            <numerusform>%n Ersuchen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>The register cannot be used</source>
        <translation>Das Register kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Register: %1 — %2 (%3)</source>
        <translation>Register: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines to calendar…</source>
        <translation>Fristen in den Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>Cannot show the request</source>
        <translation>Das Ersuchen kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Request &amp;document…</source>
        <translation>Ersuchens&amp;dokument…</translation>
    </message>
    <message>
        <source>Trans&amp;late texts</source>
        <translation>Texte ü&amp;bersetzen</translation>
    </message>
    <message>
        <source>The selected request&apos;s free texts beside their translation</source>
        <translation>Die freien Texte des ausgewählten Ersuchens neben ihrer Übersetzung</translation>
    </message>
    <message>
        <source>Checked the register: no damage found.</source>
        <translation>Register geprüft: keine Beschädigung gefunden.</translation>
    </message>
    <message>
        <source>Checking the register for damage…</source>
        <translation>Das Register wird auf Beschädigungen geprüft…</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Das Register ist beschädigt</translation>
    </message>
</context>
<context>
    <name>mladesk::RecordDialog</name>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestDeadlinesTab</name>
    <message>
        <source>(not verified against the text)</source>
        <translation>(nicht am Text überprüft)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>S&amp;top clock…</source>
        <translation>&amp;Hemmen…</translation>
    </message>
    <message>
        <source>Res&amp;tart clock…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Earlier &amp;date…</source>
        <translation>Früheres &amp;Ende…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Fristende (Ihre Zeit)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Governing state&apos;s time</source>
        <translation>Zeit im maßgeblichen Staat</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Fristende (UTC)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Deadlines of the request</source>
        <translation>Fristen des Ersuchens</translation>
    </message>
    <message>
        <source>Deadline trail</source>
        <translation>Fristberechnung</translation>
    </message>
    <message>
        <source>&lt;p&gt;No deadlines yet. They start when the request records the event they count from (for example &lt;i&gt;received&lt;/i&gt; or &lt;i&gt;recognized&lt;/i&gt;, under Procedures in the editor).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Fristen. Sie laufen, sobald das Ersuchen das auslösende Ereignis verzeichnet (zum Beispiel &lt;i&gt;received&lt;/i&gt; oder &lt;i&gt;recognized&lt;/i&gt;, unter Verfahrensweisen im Editor).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Extend the deadline as the instrument allows, with reasons</source>
        <translation>Die Frist im vom Rechtsinstrument erlaubten Umfang verlängern, mit Begründung</translation>
    </message>
    <message>
        <source>Stop the clock, for example while awaiting a clarification</source>
        <translation>Den Fristlauf hemmen, etwa solange eine Klarstellung aussteht</translation>
    </message>
    <message>
        <source>Restart a stopped clock</source>
        <translation>Einen gehemmten Fristlauf fortsetzen</translation>
    </message>
    <message>
        <source>Record an earlier date asked by the other side</source>
        <translation>Ein von der Gegenseite verlangtes früheres Fristende erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete for %1&lt;/b&gt;: it holds every element the instrument requires.</source>
        <translation>&lt;b&gt;Vollständig für %1&lt;/b&gt;: Es enthält alle Angaben, die das Rechtsinstrument verlangt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incomplete for %1&lt;/b&gt;: approval and sending are refused until it holds:</source>
        <translation>&lt;b&gt;Unvollständig für %1&lt;/b&gt;: Genehmigung und Versand werden verweigert, bis es enthält:</translation>
    </message>
    <message>
        <source>&lt;br&gt;Where possible, also:</source>
        <translation>&lt;br&gt;Soweit möglich, außerdem:</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>Fristlauf gehemmt</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestDetailsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Einzelheiten des Ersuchens</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Rechtsinstrument</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>Ersuchender Staat</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>Ersuchter Staat</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Diensteanbieter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Darstellung des Sachverhalts</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Straftat</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <translation>Ersuchte Maßnahmen</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Ersuchte Unterstützung oder Daten</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Erforderlichkeit und Verhältnismäßigkeit</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Ersuchte Verfahrensweisen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Related requests</source>
        <translation>Verknüpfte Ersuchen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;No request selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Ersuchen ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request in the list to see it here.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; for a new request, &lt;b&gt;Ctrl+F&lt;/b&gt; to search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Ersuchen in der Liste, um es hier zu sehen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strg+N&lt;/b&gt;: neues Ersuchen, &lt;b&gt;Strg+F&lt;/b&gt;: suchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>A closed request has no further status.</source>
        <translation>Ein abgeschlossenes Ersuchen hat keinen weiteren Status.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Ersuchen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Verlauf des Ersuchens</translation>
    </message>
    <message>
        <source>Approve this request as the reviewing prosecutor (four eyes)</source>
        <translation>Dieses Ersuchen als prüfende Staatsanwältin oder prüfender Staatsanwalt genehmigen (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>Approval by %1 on %2 withdrawn on %3 (the content changed)</source>
        <translation>Genehmigung durch %1 vom %2 am %3 zurückgenommen (der Inhalt hat sich geändert)</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Genehmigt durch %1 am %2</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>Incomplete: required elements missing: %1 (see the Deadlines tab)</source>
        <translation>Unvollständig: fehlende Pflichtangaben: %1 (siehe Registerkarte Fristen)</translation>
    </message>
    <message>
        <source>Rete&amp;ntion</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>Ü&amp;bersetzungen</translation>
    </message>
    <message>
        <source>Signed bundle %1, imported by %2 on %3 after every check passed.&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt; · &lt;a href=&quot;custody:%4&quot;&gt;Verification report&lt;/a&gt;&lt;br&gt;</source>
        <translation>Signiertes Paket %1, importiert von %2 am %3, nachdem alle Prüfungen bestanden waren.&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt; · &lt;a href=&quot;custody:%4&quot;&gt;Prüfbericht&lt;/a&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Beweismittelkette</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>The report made when %1 was imported.</source>
        <translation>Der beim Import von %1 erstellte Bericht.</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestEditorDialog</name>
    <message>
        <source>New %1 request %2</source>
        <translation>Neues %1 Ersuchen %2</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehendes</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehendes</translation>
    </message>
    <message>
        <source>Edit request %1</source>
        <translation>Ersuchen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo the last change to the form (Ctrl+Alt+Z)</source>
        <translation>Die letzte Änderung im Formular rückgängig machen (Strg+Alt+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Alt+Y)</source>
        <translation>Wiederherstellen (Strg+Alt+Y)</translation>
    </message>
    <message>
        <source>The request was not saved:</source>
        <translation>Das Ersuchen wurde nicht gespeichert:</translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation>Das Ersuchen wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This request has changes that are not saved. Save them?</source>
        <translation>Dieses Ersuchen hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestFilterBar</name>
    <message>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filter nach Staat</translation>
    </message>
    <message>
        <source>Instrument filter</source>
        <translation>Filter nach Rechtsinstrument</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Filter nach Dringlichkeit</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Angelegt &amp;zwischen</translation>
    </message>
    <message>
        <source>Search references, authorities, persons, summaries (Ctrl+F)</source>
        <translation>Aktenzeichen, Behörden, Personen, Betreffs durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Alle Rechtsinstrumente</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Jede Dringlichkeit</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Angelegt bis</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alle Staaten</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestForm</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>A subject line, e.g. &quot;Phishing: subscriber data of the sender&quot;</source>
        <translation>Ein Betreff, z. B. „Phishing: Bestandsdaten des Absenders“</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(kein Verfahren)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Diensteanbieter</translation>
    </message>
    <message>
        <source>For orders addressed to a provider directly (EPOC, 2AP Art. 7, CLOUD Act)</source>
        <translation>Für Anordnungen direkt an einen Diensteanbieter (EPOC, Art. 7 des 2. Zusatzprotokolls, CLOUD Act)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Rechtsinstrument:</translation>
    </message>
    <message>
        <source>U&amp;rgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>Requesting s&amp;tate:</source>
        <translation>Ersuchender S&amp;taat:</translation>
    </message>
    <message>
        <source>Requesting &amp;authority:</source>
        <translation>Ersuchende &amp;Behörde:</translation>
    </message>
    <message>
        <source>Requested st&amp;ate:</source>
        <translation>Ersuchter St&amp;aat:</translation>
    </message>
    <message>
        <source>Requested a&amp;uthority:</source>
        <translation>Ersuchte &amp;Behörde:</translation>
    </message>
    <message>
        <source>Service &amp;provider:</source>
        <translation>&amp;Diensteanbieter:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <translation>Ersuchte Maßnahmen</translation>
    </message>
    <message>
        <source>One measure per line</source>
        <translation>Eine Maßnahme pro Zeile</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Rechtliche Würdigung</translation>
    </message>
    <message>
        <source>The provisions of law that apply, e.g. § 263a StGB</source>
        <translation>Die anwendbaren Vorschriften, z. B. § 263a StGB</translation>
    </message>
    <message>
        <source>&amp;Measures sought:</source>
        <translation>&amp;Ersuchte Maßnahmen:</translation>
    </message>
    <message>
        <source>&amp;Legal qualification:</source>
        <translation>&amp;Rechtliche Würdigung:</translation>
    </message>
    <message>
        <source>Legal basis and measures</source>
        <translation>Rechtsgrundlage und Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Straftat</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Darstellung des Sachverhalts</translation>
    </message>
    <message>
        <source>What happened, when, where, and how the data sought relates to it</source>
        <translation>Was geschah, wann, wo, und wie die gesuchten Daten damit zusammenhängen</translation>
    </message>
    <message>
        <source>&amp;Offence:</source>
        <translation>&amp;Straftat:</translation>
    </message>
    <message>
        <source>Summary of the &amp;facts:</source>
        <translation>Darstellung des &amp;Sachverhalts:</translation>
    </message>
    <message>
        <source>Facts and offence</source>
        <translation>Sachverhalt und Straftat</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Sachverhalt</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Ersuchte Unterstützung oder Daten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Assistance or data &amp;sought:</source>
        <translation>Ersuchte &amp;Unterstützung oder Daten:</translation>
    </message>
    <message>
        <source>&amp;Identifiers:</source>
        <translation>&amp;Kennungen:</translation>
    </message>
    <message>
        <source>Pe&amp;riods:</source>
        <translation>&amp;Zeiträume:</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Datenkategorien:</translation>
    </message>
    <message>
        <source>Data sought</source>
        <translation>Gesuchte Daten</translation>
    </message>
    <message>
        <source>&amp;Data sought</source>
        <translation>&amp;Gesuchte Daten</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Erforderlichkeit und Verhältnismäßigkeit</translation>
    </message>
    <message>
        <source>Why the measure is necessary and proportionate to the offence</source>
        <translation>Warum die Maßnahme zur Straftat erforderlich und verhältnismäßig ist</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What the evidence will be used for</source>
        <translation>Wofür die Beweismittel verwendet werden</translation>
    </message>
    <message>
        <source>&amp;Necessity and proportionality:</source>
        <translation>&amp;Erforderlichkeit und Verhältnismäßigkeit:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Born (YYYY-MM-DD)</source>
        <translation>Geboren (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Aufenthaltsort</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>P&amp;ersons</source>
        <translation>P&amp;ersonen</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Ersuchte Verfahrensweisen</translation>
    </message>
    <message>
        <source>Formalities and procedures to follow</source>
        <translation>Einzuhaltende Formvorschriften und Verfahren</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Aktenzeichen des Ersuchens</translation>
    </message>
    <message>
        <source>Related requests</source>
        <translation>Verknüpfte Ersuchen</translation>
    </message>
    <message>
        <source>Pr&amp;ocedures requested:</source>
        <translation>Ersuchte &amp;Verfahrensweisen:</translation>
    </message>
    <message>
        <source>Related re&amp;quests:</source>
        <translation>&amp;Verknüpfte Ersuchen:</translation>
    </message>
    <message>
        <source>Procedures and links</source>
        <translation>Verfahrensweisen und Verknüpfungen</translation>
    </message>
    <message>
        <source>Pr&amp;ocedures</source>
        <translation>&amp;Verfahrensweisen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>there is no request &quot;%1&quot; in this register</source>
        <translation>es gibt kein Ersuchen „%1“ in diesem Register</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD HH:MM, your time, or ending in Z for UTC)</source>
        <translation>Wann (JJJJ-MM-TT HH:MM, Ortszeit, oder mit Z am Ende für UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>E&amp;reignisse:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (JJJJ-MM-TT HH:MM)</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestListModel</name>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Rechtsinstrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Eingangsbestätigt</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>In Erledigung</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestRetentionTab</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>On (your time)</source>
        <translation>Am (Ihre Zeit)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Retention decisions</source>
        <translation>Entscheidungen zur Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added (your time)</source>
        <translation>Hinzugefügt (Ihre Zeit)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Se&amp;t retention…</source>
        <translation>Aufbewahrungsfrist &amp;festlegen…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add attach&amp;ment…</source>
        <translation>&amp;Anhang hinzufügen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Set retention</source>
        <translation>Aufbewahrungsfrist festlegen</translation>
    </message>
    <message>
        <source>Extend retention</source>
        <translation>Aufbewahrungsfrist verlängern</translation>
    </message>
    <message>
        <source>Purge data</source>
        <translation>Daten löschen</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Anhang hinzufügen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>The instrument&apos;s period</source>
        <translation>Frist des Rechtsinstruments</translation>
    </message>
    <message>
        <source>Case decision</source>
        <translation>Entscheidung im Verfahren</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&lt;b&gt;No retention decided yet.&lt;/b&gt; The data received under this request are kept until a liaison officer or a prosecutor sets until when, and a prosecutor purges them at the end.</source>
        <translation>&lt;b&gt;Noch keine Aufbewahrungsfrist festgelegt.&lt;/b&gt; Die zu diesem Ersuchen erhaltenen Daten werden aufbewahrt, bis ein Verbindungsbeamter oder ein Staatsanwalt die Frist festlegt und ein Staatsanwalt sie an deren Ende löscht.</translation>
    </message>
    <message>
        <source>on %1 (%2) by %3</source>
        <translation>am %1 (%2) durch %3</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) can no longer be read; the request&apos;s free text was redacted.</source>
        <translation>
            <numerusform>%n Anhang kann nicht mehr gelesen werden; der Freitext des Ersuchens wurde geschwärzt.</numerusform>
            <numerusform>%n Anhänge können nicht mehr gelesen werden; der Freitext des Ersuchens wurde geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (your time) — %2</source>
        <translation>%1 (Ihre Zeit) — %2</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Ended today: purge the data</source>
        <translation>Heute abgelaufen: Daten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago: purge the data</source>
        <translation>
            <numerusform>Seit %n Tag abgelaufen: Daten löschen</numerusform>
            <numerusform>Seit %n Tagen abgelaufen: Daten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the reminder period of %n day(s)</source>
        <translation>
            <numerusform>innerhalb der Erinnerungsfrist von %n Tag</numerusform>
            <numerusform>innerhalb der Erinnerungsfrist von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Purged on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message>
        <source>Cannot be read (no key)</source>
        <translation>Nicht lesbar (kein Schlüssel)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The data of this request were purged.</source>
        <translation>Die Daten dieses Ersuchens wurden gelöscht.</translation>
    </message>
    <message>
        <source>Decide until when the received data are kept</source>
        <translation>Entscheiden, bis wann die erhaltenen Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Only a liaison officer or a prosecutor decides the retention.</source>
        <translation>Nur ein Verbindungsbeamter oder ein Staatsanwalt entscheidet über die Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>Set the retention first.</source>
        <translation>Legen Sie zuerst die Aufbewahrungsfrist fest.</translation>
    </message>
    <message>
        <source>Keep the data longer: a later date and the reason</source>
        <translation>Daten länger aufbewahren: ein späteres Datum und die Begründung</translation>
    </message>
    <message>
        <source>Destroy the received data and redact the request&apos;s free text</source>
        <translation>Die erhaltenen Daten vernichten und den Freitext des Ersuchens schwärzen</translation>
    </message>
    <message>
        <source>Only a prosecutor may purge the data.</source>
        <translation>Nur ein Staatsanwalt darf die Daten löschen.</translation>
    </message>
    <message>
        <source>Add a file received under this request; it is kept encrypted</source>
        <translation>Eine zu diesem Ersuchen erhaltene Datei hinzufügen; sie wird verschlüsselt aufbewahrt</translation>
    </message>
    <message>
        <source>This attachment was purged: it cannot be read.</source>
        <translation>Dieser Anhang wurde gelöscht: er kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Eine entschlüsselte Kopie des ausgewählten Anhangs speichern</translation>
    </message>
    <message>
        <source>Purge incomplete</source>
        <translation>Löschung unvollständig</translation>
    </message>
    <message>
        <source>The data of %1 were purged in the register, but not everywhere. Remove these by hand:

%2</source>
        <translation>Die Daten von %1 wurden im Register gelöscht, aber nicht überall. Entfernen Sie Folgendes von Hand:

%2</translation>
    </message>
    <message>
        <source>Add an attachment to %1</source>
        <translation>Anhang zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>The copy of “%1” will not be encrypted: anyone who can read the folder you save it in can read it. Keep it where the case files are protected, and delete it when it is no longer needed. The copy is recorded in the audit trail.</source>
        <translation>Die Kopie von „%1“ wird nicht verschlüsselt: Wer den Ordner lesen kann, in dem Sie sie speichern, kann sie lesen. Bewahren Sie sie dort auf, wo die Verfahrensakten geschützt sind, und löschen Sie sie, sobald sie nicht mehr benötigt wird. Die Kopie wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Kopie von %1 speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestTranslationsTab</name>
    <message>
        <source>&amp;Save translation</source>
        <translation>Übersetzung &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Verfasst in:</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Übersetzen &amp;in:</translation>
    </message>
    <message>
        <source>Language the request is written in</source>
        <translation>Sprache, in der das Ersuchen verfasst ist</translation>
    </message>
    <message>
        <source>The language of the request&apos;s own texts (its source)</source>
        <translation>Die Sprache der eigenen Texte des Ersuchens (der Ausgangstext)</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Zielsprache der Übersetzung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Texts to translate</source>
        <translation>Zu übersetzende Texte</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status of the translation</source>
        <translation>Status der Übersetzung</translation>
    </message>
    <message>
        <source>Reviewed: checked by a translator and fit for a final document</source>
        <translation>Geprüft: von einer Übersetzerin oder einem Übersetzer kontrolliert und für ein endgültiges Dokument geeignet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Darstellung des Sachverhalts</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Straftat</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Rechtliche Würdigung</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Ersuchte Unterstützung oder Daten</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Erforderlichkeit und Verhältnismäßigkeit</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Ersuchte Verfahrensweisen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Nicht übersetzt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Nicht gespeicherte Übersetzung</translation>
    </message>
    <message>
        <source>The translation of “%1” into %2 has changes that are not saved.</source>
        <translation>Die Übersetzung von „%1“ in %2 hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The request is written in %1: choose another language to translate into.</source>
        <translation>Das Ersuchen ist in %1 verfasst: Wählen Sie eine andere Zielsprache.</translation>
    </message>
    <message>
        <source>The translation is into %1: choose the language to translate into first.</source>
        <translation>Die Übersetzung ist in %1: Ändern Sie zuerst die Zielsprache.</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>source changed</source>
        <translation>Ausgangstext geändert</translation>
    </message>
    <message>
        <source>The request has no free text to translate yet.</source>
        <translation>Das Ersuchen hat noch keinen freien Text zum Übersetzen.</translation>
    </message>
    <message>
        <source>All %1 texts are reviewed in %2: a final document can be made in this language.</source>
        <translation>Alle %1 Texte sind in %2 geprüft: Ein endgültiges Dokument kann in dieser Sprache erstellt werden.</translation>
    </message>
    <message>
        <source>%1 of %2 texts reviewed in %3. Until all are, the document in this language says DRAFT on every page.</source>
        <translation>%1 von %2 Texten in %3 geprüft. Bis alle geprüft sind, trägt das Dokument in dieser Sprache auf jeder Seite den Vermerk ENTWURF.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translation&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Übersetzung&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: compare them and review it again.</source>
        <translation>Der Ausgangstext wurde nach dieser Übersetzung geändert: Vergleichen Sie beide und prüfen Sie die Übersetzung erneut.</translation>
    </message>
    <message>
        <source>Last saved by %1 on %2.</source>
        <translation>Zuletzt gespeichert von %1 am %2.</translation>
    </message>
    <message>
        <source>Your role cannot edit translations.</source>
        <translation>Ihre Rolle erlaubt es nicht, Übersetzungen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Translation not saved</source>
        <translation>Übersetzung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestsView</name>
    <message>
        <source>Requests</source>
        <translation>Ersuchen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No request matches&lt;/h3&gt;&lt;p&gt;Change the search or the filters above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Ersuchen passt&lt;/h3&gt;&lt;p&gt;Ändern Sie die Suche oder die Filter oben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to record the first one, or import requests with &lt;tt&gt;mladesk-cli import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Ersuchen&lt;/h3&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Strg+N&lt;/b&gt;, um das erste zu erfassen, oder importieren Sie Ersuchen mit &lt;tt&gt;mladesk-cli import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not load requests</source>
        <translation>Ersuchen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Bearbeiten nicht möglich</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Das Register ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>mladesk::RetentionDialog</name>
    <message>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <source>The data are kept until the start of this day (00:00 UTC).</source>
        <translation>Die Daten werden bis zum Beginn dieses Tages (00:00 UTC) aufbewahrt.</translation>
    </message>
    <message>
        <source>Set the retention of %1</source>
        <translation>Aufbewahrungsfrist von %1 festlegen</translation>
    </message>
    <message>
        <source>Decide until when the data received under &lt;b&gt;%1&lt;/b&gt; are kept.</source>
        <translation>Entscheiden Sie, bis wann die zu &lt;b&gt;%1&lt;/b&gt; erhaltenen Daten aufbewahrt werden.</translation>
    </message>
    <message>
        <source>They are kept until %1 now: an earlier date shortens that. To keep them longer, extend the retention.</source>
        <translation>Sie werden derzeit bis %1 aufbewahrt: Ein früheres Datum verkürzt die Frist. Um sie länger aufzubewahren, verlängern Sie die Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>&amp;Kept until:</source>
        <translation>Aufbewahrt &amp;bis:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Case decision</source>
        <translation>Entscheidung im Verfahren</translation>
    </message>
    <message>
        <source>Instrument (%1 days)</source>
        <translation>Rechtsinstrument (%1 Tage)</translation>
    </message>
    <message>
        <source>Instrument (%1 days, %2)</source>
        <translation>Rechtsinstrument (%1 Tage, %2)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>The instrument sets no retention period (%1): the case decision sets the date.</source>
        <translation>Das Rechtsinstrument legt keine Aufbewahrungsfrist fest (%1): Die Entscheidung im Verfahren bestimmt das Datum.</translation>
    </message>
    <message>
        <source>The instrument sets no retention period: the case decision sets the date.</source>
        <translation>Das Rechtsinstrument legt keine Aufbewahrungsfrist fest: Die Entscheidung im Verfahren bestimmt das Datum.</translation>
    </message>
    <message>
        <source>The instrument&apos;s period counts from the request&apos;s “produced” or “executed” event, which it does not have yet.</source>
        <translation>Die Frist des Rechtsinstruments läuft ab dem Ereignis „produced“ oder „executed“ des Ersuchens, das noch fehlt.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>e.g. the national provision the decision rests on</source>
        <translation>z. B. die nationale Vorschrift, auf der die Entscheidung beruht</translation>
    </message>
    <message>
        <source>Ar&amp;ticle (optional):</source>
        <translation>Ar&amp;tikel (optional):</translation>
    </message>
    <message>
        <source>The decision in the case: who decided, when, its reference…</source>
        <translation>Die Entscheidung im Verfahren: wer entschieden hat, wann, ihr Aktenzeichen…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Extend the retention of %1</source>
        <translation>Aufbewahrungsfrist von %1 verlängern</translation>
    </message>
    <message>
        <source>The data received under &lt;b&gt;%1&lt;/b&gt; are kept until %2. To keep them longer, give a later date and the reason.</source>
        <translation>Die zu &lt;b&gt;%1&lt;/b&gt; erhaltenen Daten werden bis %2 aufbewahrt. Um sie länger aufzubewahren, geben Sie ein späteres Datum und die Begründung an.</translation>
    </message>
    <message>
        <source>Choose a date after %1</source>
        <translation>Datum nach dem %1 wählen</translation>
    </message>
    <message>
        <source>Required: why the data are needed longer</source>
        <translation>Pflichtangabe: warum die Daten länger benötigt werden</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Purge the data of %1</source>
        <translation>Daten von %1 löschen</translation>
    </message>
    <message>
        <source>What the purge destroys</source>
        <translation>Was die Löschung vernichtet</translation>
    </message>
    <message>
        <source>This destroys the data received under %1. It cannot be undone.</source>
        <translation>Dies vernichtet die zu %1 erhaltenen Daten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s): their keys are destroyed, so no copy of them, in this register or in its backups, can be read again.</source>
        <translation>
            <numerusform>%n Anhang: sein Schlüssel wird vernichtet, keine Kopie davon, in diesem Register oder seinen Sicherungen, kann je wieder gelesen werden.</numerusform>
            <numerusform>%n Anhänge: ihre Schlüssel werden vernichtet, keine Kopie davon, in diesem Register oder seinen Sicherungen, kann je wieder gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The free text of the request (summary, facts, offence, persons, identifiers…) is replaced by “[purged]”.</source>
        <translation>Der Freitext des Ersuchens (Zusammenfassung, Sachverhalt, Straftat, Personen, Kennungen…) wird durch „[purged]“ ersetzt.</translation>
    </message>
    <message>
        <source>The reference, instrument, states, status, events and dates stay, with the record of every retention decision.</source>
        <translation>Aktenzeichen, Rechtsinstrument, Staaten, Status, Ereignisse und Daten bleiben erhalten, ebenso jede Entscheidung zur Aufbewahrungsfrist.</translation>
    </message>
    <message>
        <source>The retention decided runs until %1: this purge comes before its end.</source>
        <translation>Die festgelegte Aufbewahrungsfrist läuft bis %1: Diese Löschung erfolgt vor ihrem Ende.</translation>
    </message>
    <message>
        <source>Required: for example the end of the retention decided in the case</source>
        <translation>Pflichtangabe: zum Beispiel das Ende der im Verfahren festgelegten Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Grund der Ablehnung</translation>
    </message>
</context>
<context>
    <name>mladesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Lock the register after:</source>
        <translation>Register &amp;sperren nach:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>A new language takes effect when MLA Desk starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MLA Desk.</translation>
    </message>
    <message>
        <source>Your .p12 or .pfx file, for signing bundles</source>
        <translation>Ihre .p12- oder .pfx-Datei zum Signieren von Paketen</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Datei des Signaturzertifikats</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Signing certificate of %1:</source>
        <translation>Signatur&amp;zertifikat von %1:</translation>
    </message>
</context>
<context>
    <name>mladesk::SigningIdentityDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Als %1 signieren</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Zertifikatsdatei (PKCS#12)</translation>
    </message>
    <message>
        <source>Your .p12 or .pfx file</source>
        <translation>Ihre .p12- oder .pfx-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>Passwort der Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The certificate you sign with</source>
        <translation>Das Zertifikat, mit dem Sie signieren</translation>
    </message>
    <message>
        <source>Choose your certificate file. Settings keeps it for next time.</source>
        <translation>Wählen Sie Ihre Zertifikatsdatei. Die Einstellungen merken sie sich für das nächste Mal.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking for the password in the system keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gesucht…</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file.</source>
        <translation>Geben Sie das Passwort der Zertifikatsdatei ein.</translation>
    </message>
    <message>
        <source>Opening the certificate file…</source>
        <translation>Die Zertifikatsdatei wird geöffnet…</translation>
    </message>
    <message>
        <source>Choose your certificate file.</source>
        <translation>Wählen Sie Ihre Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>Das Passwort konnte nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <source>The password remembered in the keychain no longer opens the file. Enter it again.</source>
        <translation>Das im Schlüsselbund des Systems gemerkte Passwort öffnet die Datei nicht mehr. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Wrong password for this certificate file. Try again.</source>
        <translation>Falsches Passwort für diese Zertifikatsdatei. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This certificate cannot sign: %1</source>
        <translation>Dieses Zertifikat kann nicht signieren: %1</translation>
    </message>
    <message>
        <source>Check that this is your certificate, then sign.</source>
        <translation>Prüfen Sie, ob dies Ihr Zertifikat ist, und signieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>mladesk::StateDialog</name>
    <message>
        <source>New state</source>
        <translation>Neuer Staat</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>ISO 3166 &amp;code:</source>
        <translation>ISO-3166-&amp;Code:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Languages accepted (ISO 639-1, comma-separated):</source>
        <translation>&amp;Akzeptierte Sprachen (ISO 639-1, durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Languages accepted</source>
        <translation>Akzeptierte Sprachen</translation>
    </message>
    <message>
        <source>&amp;Time zone (IANA):</source>
        <translation>&amp;Zeitzone (IANA):</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Central authority &amp;contact:</source>
        <translation>&amp;Kontakt der Zentralbehörde:</translation>
    </message>
    <message>
        <source>Central authority contact</source>
        <translation>Kontakt der Zentralbehörde</translation>
    </message>
</context>
<context>
    <name>mladesk::StateProfileDialog</name>
    <message>
        <source>State profile: %1 (%2)</source>
        <translation>Staatenprofil: %1 (%2)</translation>
    </message>
    <message>
        <source>Edited in this register; the shipped version can be restored.</source>
        <translation>In diesem Register geändert; die ausgelieferte Fassung kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>As shipped with MLA Desk.</source>
        <translation>Wie mit MLA Desk ausgeliefert.</translation>
    </message>
    <message>
        <source>Unverified data</source>
        <translation>Ungeprüfte Angaben</translation>
    </message>
    <message>
        <source>&amp;General and languages</source>
        <translation>&amp;Allgemein und Sprachen</translation>
    </message>
    <message>
        <source>&amp;Contacts and reservations</source>
        <translation>&amp;Kontakte und Vorbehalte</translation>
    </message>
    <message>
        <source>&amp;Public holidays</source>
        <translation>&amp;Feiertage</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Restore shipped version</source>
        <translation>Ausgelieferte Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>accepted languages</source>
        <translation>akzeptierte Sprachen</translation>
    </message>
    <message>
        <source>instruments in force</source>
        <translation>geltende Rechtsinstrumente</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>central authority</source>
        <translation>Zentrale Behörde</translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation>24/7-Kontaktstelle</translation>
    </message>
    <message>
        <source>Unverified: %1. These could not be confirmed from an official source; check them before relying on them.</source>
        <translation>Ungeprüft: %1. Diese Angaben konnten nicht anhand einer amtlichen Quelle bestätigt werden; prüfen Sie sie, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>No public holidays are known for this state: deadlines roll over weekends only.</source>
        <translation>Für diesen Staat sind keine Feiertage bekannt: Fristen verschieben sich nur über Wochenenden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Amtssprachen</translation>
    </message>
    <message>
        <source>&amp;Official languages:</source>
        <translation>&amp;Amtssprachen:</translation>
    </message>
    <message>
        <source>National law rolls every period over weekends and public holidays</source>
        <translation>Nach nationalem Recht verschiebt sich jede Frist über Wochenenden und Feiertage</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Rechtsinstrument</translation>
    </message>
    <message>
        <source>Languages accepted, preferred first</source>
        <translation>Akzeptierte Sprachen, bevorzugte zuerst</translation>
    </message>
    <message>
        <source>Languages accepted</source>
        <translation>Akzeptierte Sprachen</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>&quot;default&quot; applies to every instrument not listed (EIO Art. 5(2), UNTOC Art. 18(14) declarations). The first language is the default document language.</source>
        <translation>„default“ gilt für jedes nicht aufgeführte Rechtsinstrument (Erklärungen nach Art. 5 Abs. 2 EEA-Richtlinie, Art. 18 Abs. 14 UNTOC). Die erste Sprache ist die voreingestellte Dokumentsprache.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Zentrale Behörde</translation>
    </message>
    <message>
        <source>Central authority address</source>
        <translation>Anschrift der Zentralen Behörde</translation>
    </message>
    <message>
        <source>Central authority e-mail</source>
        <translation>E-Mail der Zentralen Behörde</translation>
    </message>
    <message>
        <source>Central authority phone</source>
        <translation>Telefon der Zentralen Behörde</translation>
    </message>
    <message>
        <source>Central &amp;authority:</source>
        <translation>Zentrale &amp;Behörde:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>24/7 contact point</source>
        <translation>24/7-Kontaktstelle</translation>
    </message>
    <message>
        <source>24/7 contact e-mail</source>
        <translation>E-Mail der 24/7-Kontaktstelle</translation>
    </message>
    <message>
        <source>24/7 contact phone</source>
        <translation>Telefon der 24/7-Kontaktstelle</translation>
    </message>
    <message>
        <source>&amp;24/7 contact point:</source>
        <translation>&amp;24/7-Kontaktstelle:</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reservation or declaration</source>
        <translation>Vorbehalt oder Erklärung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Vorbehalte</translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation>&amp;Vorbehalte:</translation>
    </message>
    <message>
        <source>Write a rule as a date (12-25), a day relative to Easter (Easter+1, Easter-2, Orthodox Easter+1) or a weekday of a month (4th Thu Nov, last Mon May). Observed: next-weekday or nearest-weekday for substitute days.</source>
        <translation>Schreiben Sie eine Regel als Datum (12-25), als Tag relativ zu Ostern (Easter+1, Easter-2, Orthodox Easter+1) oder als Wochentag eines Monats (4th Thu Nov, last Mon May). Ersatztag: next-weekday oder nearest-weekday.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Ersatztag</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Ab Jahr</translation>
    </message>
    <message>
        <source>Until year</source>
        <translation>Bis Jahr</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Public holidays in</source>
        <translation>Feiertage im Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Public holidays of the year</source>
        <translation>Feiertage des Jahres</translation>
    </message>
    <message>
        <source>Holiday %1: give it a name.</source>
        <translation>Feiertag %1: Geben Sie ihm einen Namen.</translation>
    </message>
    <message>
        <source>Holiday %1: %2</source>
        <translation>Feiertag %1: %2</translation>
    </message>
    <message>
        <source>No public holidays: only weekends are taken into account.</source>
        <translation>Keine Feiertage: Nur Wochenenden werden berücksichtigt.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Restore the shipped profile of %1? Your changes to it are discarded and deadlines counted in %1 are recomputed.</source>
        <translation>Das ausgelieferte Profil von %1 wiederherstellen? Ihre Änderungen daran werden verworfen, und die in %1 berechneten Fristen werden neu berechnet.</translation>
    </message>
</context>
<context>
    <name>mladesk::TrustStoreDialog</name>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Signed bundles are accepted only from signers whose certificate chains to one of these. Before trusting a certificate, confirm its SHA-256 fingerprint with the authority by another channel (telephone, a letter).</source>
        <translation>Signierte Pakete werden nur von Unterzeichnern angenommen, deren Zertifikatskette zu einem dieser Zertifikate führt. Bevor Sie einem Zertifikat vertrauen, bestätigen Sie seinen SHA-256-Fingerabdruck mit der Behörde auf einem anderen Weg (Telefon, Brief).</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Einzelheiten zum Zertifikat</translation>
    </message>
    <message>
        <source>Your role cannot change the trusted certificates.</source>
        <translation>Ihre Rolle erlaubt es nicht, die vertrauenswürdigen Zertifikate zu ändern.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No certificate is trusted yet. &lt;b&gt;Import certificate…&lt;/b&gt; adds a partner authority&apos;s certificate (PEM or DER) that you received from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Zertifikat ist vertrauenswürdig. &lt;b&gt;Zertifikat importieren…&lt;/b&gt; fügt das Zertifikat einer Partnerbehörde (PEM oder DER) hinzu, das Sie von ihr erhalten haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Added by %1 on %2%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hinzugefügt von %1 am %2%3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>Import a trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat importieren</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(no authority)</source>
        <translation>(keine Behörde)</translation>
    </message>
    <message>
        <source>The authority this certificate belongs to:</source>
        <translation>Die Behörde, zu der dieses Zertifikat gehört:</translation>
    </message>
    <message>
        <source>Certificate not imported</source>
        <translation>Zertifikat nicht importiert</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Bundles signed under “%1” will no longer verify. Remove it?</source>
        <translation>Unter „%1“ signierte Pakete lassen sich dann nicht mehr verifizieren. Zertifikat entfernen?</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Zertifikat nicht entfernt</translation>
    </message>
</context>
<context>
    <name>mladesk::UnlockDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem &amp;Computer merken</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Register %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Register %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Keeps a key for this register in the system keychain, so it opens without the passphrase for your account on this computer.</source>
        <translation>Legt einen Schlüssel für dieses Register im Schlüsselbund des Systems ab, sodass es sich für Ihr Konto auf diesem Computer ohne Passphrase öffnet.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Opening with the key remembered on this computer…</source>
        <translation>Öffnen mit dem auf diesem Computer gemerkten Schlüssel…</translation>
    </message>
    <message>
        <source>This computer no longer remembers the register. Enter the passphrase.</source>
        <translation>Dieser Computer kennt das Register nicht mehr. Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Der Schlüssel wird aus der Passphrase abgeleitet…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
</context>
<context>
    <name>mladesk::WelcomeDialog</name>
    <message>
        <source>Welcome to MLA Desk</source>
        <translation>Willkommen bei MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MLA Desk&lt;/h2&gt;&lt;p&gt;MLA Desk keeps your outgoing and incoming requests for evidence in an encrypted register on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei MLA Desk&lt;/h2&gt;&lt;p&gt;MLA Desk führt Ihre ausgehenden und eingehenden Beweisersuchen in einem verschlüsselten Register auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a register</source>
        <translation>Register &amp;anlegen</translation>
    </message>
    <message>
        <source>Start a new, empty register protected by your passphrase.</source>
        <translation>Ein neues, leeres Register anlegen, geschützt durch Ihre Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Open a register…</source>
        <translation>Register ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a register folder (NAME.mladesk) that already exists.</source>
        <translation>Einen vorhandenen Registerordner (NAME.mladesk) öffnen.</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox (sample data)</source>
        <translation>&amp;Sandbox öffnen (Beispieldaten)</translation>
    </message>
    <message>
        <source>Try MLA Desk on fictitious requests; nothing is kept.</source>
        <translation>MLA Desk mit erfundenen Ersuchen ausprobieren; nichts wird aufbewahrt.</translation>
    </message>
</context>
</TS>
