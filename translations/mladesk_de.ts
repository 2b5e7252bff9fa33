<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Audit</name>
    <message>
        <source>The anchor&apos;s signature could not be encoded.</source>
        <translation>Die Signatur des Ankers konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>it does not say that its chain is intact (&quot;intact&quot;: true)</source>
        <translation>sie gibt nicht an, dass ihre Kette unversehrt ist („intact“: true)</translation>
    </message>
    <message>
        <source>it lists no entries</source>
        <translation>sie enthält keine Einträge</translation>
    </message>
    <message>
        <source>item %1 of its entries has no entry number (seq)</source>
        <translation>Element %1 ihrer Einträge hat keine Eintragsnummer (seq)</translation>
    </message>
    <message>
        <source>entry %1 has no text %2</source>
        <translation>Eintrag %1 hat keinen Text %2</translation>
    </message>
    <message>
        <source>entry %1 has fields that its hash does not cover</source>
        <translation>Eintrag %1 enthält Felder, die sein Hashwert nicht abdeckt</translation>
    </message>
    <message>
        <source>entry %1 has no valid time</source>
        <translation>Eintrag %1 hat keinen gültigen Zeitpunkt</translation>
    </message>
    <message>
        <source>entry 1 does not start the chain (its prev_hash is not 64 zeros)</source>
        <translation>Eintrag 1 beginnt die Kette nicht (sein prev_hash besteht nicht aus 64 Nullen)</translation>
    </message>
    <message>
        <source>entry %1&apos;s prev_hash is not a SHA-256 in lower-case hex</source>
        <translation>der prev_hash von Eintrag %1 ist kein SHA-256 in hexadezimaler Kleinschreibung</translation>
    </message>
    <message>
        <source>entry %1 is not in it</source>
        <translation>Eintrag %1 ist darin nicht enthalten</translation>
    </message>
    <message>
        <source>entries %1 to %2 are not in it</source>
        <translation>die Einträge %1 bis %2 sind darin nicht enthalten</translation>
    </message>
    <message>
        <source>: an export that leaves entries out (filtered by user, action or object) is not a whole chain</source>
        <translation>: Ein Export, der Einträge auslässt (nach Benutzer, Aktion oder Objekt gefiltert), ist keine vollständige Kette</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>Eintrag %1 steht nicht an seiner Stelle in der Abfolge</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>Eintrag %1 schließt nicht an den vorhergehenden Eintrag an</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash</source>
        <translation>Eintrag %1 stimmt nicht mit seinem Hashwert überein</translation>
    </message>
    <message>
        <source>its entries end at entry %1, but its head_seq is %2</source>
        <translation>ihre Einträge enden bei Eintrag %1, ihr head_seq ist jedoch %2</translation>
    </message>
    <message>
        <source>its entries end at entry %1 with the hash %2, but its head_hash is %3</source>
        <translation>ihre Einträge enden bei Eintrag %1 mit dem Hashwert %2, ihr head_hash ist jedoch %3</translation>
    </message>
    <message>
        <source>the signed content is not a JSON object</source>
        <translation>der signierte Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the signed content gives the key &quot;%1&quot; twice in one object</source>
        <translation>der signierte Inhalt enthält den Schlüssel „%1“ zweimal in einem Objekt</translation>
    </message>
    <message>
        <source>the signed content is not JSON that can be read here: %1</source>
        <translation>der signierte Inhalt ist kein hier lesbares JSON: %1</translation>
    </message>
    <message>
        <source>the signed content is neither an anchor statement (format &quot;%1&quot;) nor an audit export (format &quot;%2&quot;)</source>
        <translation>der signierte Inhalt ist weder eine Ankererklärung (Format „%1“) noch ein Prüfprotokoll-Export (Format „%2“)</translation>
    </message>
    <message>
        <source>the statement&apos;s version is not %1</source>
        <translation>die Version der Erklärung ist nicht %1</translation>
    </message>
    <message>
        <source>it names no register (register_id)</source>
        <translation>sie nennt kein Register (register_id)</translation>
    </message>
    <message>
        <source>head_seq is not an entry number</source>
        <translation>head_seq ist keine Eintragsnummer</translation>
    </message>
    <message>
        <source>head_hash is not a SHA-256 in lower-case hex</source>
        <translation>head_hash ist kein SHA-256 in hexadezimaler Kleinschreibung</translation>
    </message>
    <message>
        <source>the audit export does not hold together: %1</source>
        <translation>der Prüfprotokoll-Export ist nicht in sich stimmig: %1</translation>
    </message>
    <message>
        <source>The anchor&apos;s signature is not a detached CMS SignedData; nothing was written.</source>
        <translation>Die Signatur des Ankers ist kein abgetrenntes CMS SignedData; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The statement could not be put into its signature; nothing was written.</source>
        <translation>Die Erklärung konnte nicht in ihre Signatur aufgenommen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is not DER-encoded CMS, or it is damaged</source>
        <translation>die Datei ist kein DER-kodiertes CMS oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>the file is CMS but not SignedData</source>
        <translation>die Datei ist CMS, aber kein SignedData</translation>
    </message>
    <message>
        <source>the signed content is not of type data</source>
        <translation>der signierte Inhalt ist nicht vom Typ data</translation>
    </message>
    <message>
        <source>the signature does not carry the statement it signs (it is detached)</source>
        <translation>die Signatur enthält die von ihr signierte Erklärung nicht (sie ist abgetrennt)</translation>
    </message>
    <message>
        <source>the statement could not be taken out of the signature</source>
        <translation>die Erklärung konnte der Signatur nicht entnommen werden</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>die Einträge %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (removed, inserted or reordered entries)</source>
        <translation>Eintrag %1 schließt nicht an den vorhergehenden Eintrag an (Einträge entfernt, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but the anchor vouches for entry %2 (hash %3): entries were removed from the end, at least entries %4 to %2, or the register was put back to a copy older than the anchor</source>
        <translation>das Protokoll endet bei Eintrag %1, der Anker bestätigt jedoch Eintrag %2 (Hashwert %3): Am Ende wurden Einträge entfernt, mindestens die Einträge %4 bis %2, oder das Register wurde auf eine Kopie zurückgesetzt, die älter als der Anker ist</translation>
    </message>
    <message>
        <source>entry %1, which the anchor vouches for (hash %2), is not in the trail: it was removed</source>
        <translation>Eintrag %1, den der Anker bestätigt (Hashwert %2), ist nicht im Protokoll: er wurde entfernt</translation>
    </message>
    <message>
        <source>entry %1 has the hash %2, the anchor says %3: the trail up to entry %1 was rewritten after the anchor was made, with every hash recomputed</source>
        <translation>Eintrag %1 hat den Hashwert %2, der Anker nennt %3: Das Protokoll bis Eintrag %1 wurde nach Erstellung des Ankers neu geschrieben, wobei alle Hashwerte neu berechnet wurden</translation>
    </message>
    <message>
        <source>entry %1 has the hash %2, the anchor says %3, and the chain is broken from entry %4 (%5): the trail up to entry %1 was changed after the anchor was made</source>
        <translation>Eintrag %1 hat den Hashwert %2, der Anker nennt %3, und die Kette ist ab Eintrag %4 unterbrochen (%5): Das Protokoll bis Eintrag %1 wurde nach Erstellung des Ankers geändert</translation>
    </message>
    <message>
        <source>entry %1 has the anchored hash, but the chain up to it is broken from entry %2 (%3)</source>
        <translation>Eintrag %1 trägt den verankerten Hashwert, die Kette bis zu ihm ist jedoch ab Eintrag %2 unterbrochen (%3)</translation>
    </message>
    <message>
        <source>entries 1 to %1 are exactly as anchored; %2 entries were written after it</source>
        <translation>die Einträge 1 bis %1 sind genau wie verankert; danach wurden %2 Einträge geschrieben</translation>
    </message>
    <message>
        <source>, and the chain is broken after it from entry %1 (%2)</source>
        <translation>, und die Kette ist danach ab Eintrag %1 unterbrochen (%2)</translation>
    </message>
    <message>
        <source>the anchor is of another register (%1), not of this one (%2)</source>
        <translation>der Anker gehört zu einem anderen Register (%1), nicht zu diesem (%2)</translation>
    </message>
    <message>
        <source>The audit trail is broken from entry %1 (%2): an anchor would vouch for it. Nothing was recorded; find out what happened first (docs/audit.md).</source>
        <translation>Das Prüfprotokoll ist ab Eintrag %1 unterbrochen (%2): Ein Anker würde dafür bürgen. Nichts wurde erfasst; klären Sie zuerst, was geschehen ist (docs/audit.md).</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle&apos;s manifest (%1) is refused: %2.</source>
        <translation>Das Manifest des Pakets (%1) wird zurückgewiesen: %2.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>es ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>it has a document type declaration, which a manifest never needs</source>
        <translation>es enthält eine Dokumenttypdeklaration, die ein Manifest nie benötigt</translation>
    </message>
    <message>
        <source>it has a document type declaration or entity</source>
        <translation>es enthält eine Dokumenttypdeklaration oder eine Entität</translation>
    </message>
    <message>
        <source>it has a processing instruction</source>
        <translation>es enthält eine Verarbeitungsanweisung</translation>
    </message>
    <message>
        <source>it has text outside a DigestValue</source>
        <translation>es enthält Text außerhalb eines DigestValue</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; lacks its DigestMethod or DigestValue</source>
        <translation>dem Verweis auf „%1“ fehlt DigestMethod oder DigestValue</translation>
    </message>
    <message>
        <source>it is nested deeper than %1 levels</source>
        <translation>es ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>its root element is not an ASiCManifest of namespace %1</source>
        <translation>sein Wurzelelement ist kein ASiCManifest des Namensraums %1</translation>
    </message>
    <message>
        <source>it has more than one SigReference</source>
        <translation>es enthält mehr als eine SigReference</translation>
    </message>
    <message>
        <source>its SigReference has no URI</source>
        <translation>seine SigReference hat keine URI</translation>
    </message>
    <message>
        <source>a DataObjectReference has no URI</source>
        <translation>eine DataObjectReference hat keine URI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is digested with %2, not SHA-256</source>
        <translation>der Hashwert von „%1“ ist mit %2 statt mit SHA-256 berechnet</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; has two DigestMethods</source>
        <translation>der Verweis auf „%1“ hat zwei DigestMethod-Angaben</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; has two DigestValues</source>
        <translation>der Verweis auf „%1“ hat zwei DigestValue-Angaben</translation>
    </message>
    <message>
        <source>the digest of &quot;%1&quot; is not a base64 SHA-256 value</source>
        <translation>der Hashwert von „%1“ ist kein base64-kodierter SHA-256-Wert</translation>
    </message>
    <message>
        <source>it has an unexpected element &lt;%1&gt;</source>
        <translation>es enthält ein unerwartetes Element &lt;%1&gt;</translation>
    </message>
    <message>
        <source>it is not well-formed XML (%1, line %2)</source>
        <translation>es ist kein wohlgeformtes XML (%1, Zeile %2)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it has no SigReference</source>
        <translation>es hat keine SigReference</translation>
    </message>
    <message>
        <source>Could not write the bundle: %1.</source>
        <translation>Das Paket konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>This bundle was imported already, as %1.</source>
        <translation>Dieses Paket wurde bereits importiert, als %1.</translation>
    </message>
    <message>
        <source>This request was imported already, as %1: the bundle carries the same signed request.json (SHA-256 %2) in another file. Nothing was imported.</source>
        <translation>Dieses Ersuchen wurde bereits importiert, als %1: Das Paket enthält dieselbe signierte request.json (SHA-256 %2) in einer anderen Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This request was imported already, as %1: the sender&apos;s request %2 (id %3) came in before. Nothing was imported; record what changed on %1.</source>
        <translation>Dieses Ersuchen wurde bereits importiert, als %1: Das Ersuchen %2 des Absenders (ID %3) ist bereits eingegangen. Es wurde nichts importiert; halten Sie Änderungen bei %1 fest.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disappeared from the bundle.</source>
        <translation>„%1“ ist aus dem Paket verschwunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was imported (its SHA-256 no longer matches the signed manifest); nothing was imported.</source>
        <translation>„%1“ hat sich während des Imports geändert (sein SHA-256 entspricht nicht mehr dem signierten Manifest); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>request.json is larger than %1 bytes</source>
        <translation>request.json ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the SHA-256 of %1.</source>
        <translation>OpenSSL konnte den SHA-256 von %1 nicht berechnen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>A bundle needs a signer.</source>
        <translation>Ein Paket benötigt einen Unterzeichner.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1.</source>
        <translation>Das Paket kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: the name &quot;%1&quot; is reserved or used twice.</source>
        <translation>Das Paket kann nicht geschrieben werden: Der Name „%1“ ist reserviert oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>%1 does not verify as it was signed (it was changed after it was signed, or it is damaged): %2. Nothing was added.</source>
        <translation>%1 lässt sich nicht so verifizieren, wie es signiert wurde (es wurde nach der Signatur geändert oder ist beschädigt): %2. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>it has no manifest or no signature to add a signer to</source>
        <translation>es hat weder ein Manifest noch eine Signatur, zu der ein Unterzeichner hinzugefügt werden könnte</translation>
    </message>
    <message>
        <source>%1 has no manifest or no signature to add a signer to.</source>
        <translation>%1 hat weder ein Manifest noch eine Signatur, zu der ein Unterzeichner hinzugefügt werden könnte.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Signing failed while %1 (%2).</source>
        <translation>Das Signieren ist beim Schritt „%1“ fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>writing the signature</source>
        <translation>Schreiben der Signatur</translation>
    </message>
    <message>
        <source>starting the signature</source>
        <translation>Beginn der Signatur</translation>
    </message>
    <message>
        <source>adding the signer</source>
        <translation>Hinzufügen des Unterzeichners</translation>
    </message>
    <message>
        <source>computing the signature</source>
        <translation>Berechnen der Signatur</translation>
    </message>
    <message>
        <source>The existing signature is not CMS SignedData.</source>
        <translation>Die vorhandene Signatur ist kein CMS SignedData.</translation>
    </message>
    <message>
        <source>The existing signature does not match the bundle&apos;s manifest: the bundle was changed after it was signed. Nothing was added.</source>
        <translation>Die vorhandene Signatur passt nicht zum Manifest des Pakets: Das Paket wurde nach der Signatur geändert. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 has signed this bundle already.</source>
        <translation>%1 hat dieses Paket bereits signiert.</translation>
    </message>
    <message>
        <source>encrypting failed (%1)</source>
        <translation>die Verschlüsselung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Name the recipient&apos;s certificate to encrypt for.</source>
        <translation>Geben Sie das Zertifikat des Empfängers an, für den verschlüsselt werden soll.</translation>
    </message>
    <message>
        <source>The recipient certificate %1 is not valid now (valid %2 to %3).</source>
        <translation>Das Empfängerzertifikat %1 ist derzeit nicht gültig (gültig vom %2 bis %3).</translation>
    </message>
    <message>
        <source>Could not encrypt for the recipient (%1).</source>
        <translation>Für den Empfänger konnte nicht verschlüsselt werden (%1).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The envelope %1 is not open.</source>
        <translation>Der Umschlag %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write the envelope %1 (%2).</source>
        <translation>Der Umschlag %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Could not move the envelope into place at %1.</source>
        <translation>Der Umschlag konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The envelope is larger than %1 bytes, the most that can be opened.</source>
        <translation>Der Umschlag ist größer als %1 Byte, das Höchstmaß, das geöffnet werden kann.</translation>
    </message>
    <message>
        <source>The file is neither a ZIP container nor a CMS envelope.</source>
        <translation>Die Datei ist weder ein ZIP-Container noch ein CMS-Umschlag.</translation>
    </message>
    <message>
        <source>OpenSSL could not open the envelope (%1).</source>
        <translation>OpenSSL konnte den Umschlag nicht öffnen (%1).</translation>
    </message>
    <message>
        <source>The envelope cannot be opened with the certificate of %1: it was encrypted for someone else, or it is damaged.</source>
        <translation>Der Umschlag lässt sich mit dem Zertifikat von %1 nicht öffnen: Er wurde für jemand anderen verschlüsselt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not read the signing identity %1: %2.</source>
        <translation>Die Signaturidentität %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a PKCS#12 signing identity.</source>
        <translation>%1 ist größer als 1 MiB; es ist keine PKCS#12-Signaturidentität.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12, .pfx) file, or it is damaged.</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12, .pfx), oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The password does not open this PKCS#12 file.</source>
        <translation>Das Passwort öffnet diese PKCS#12-Datei nicht.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened (%1).</source>
        <translation>Die PKCS#12-Datei konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key: it cannot sign.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel: Mit ihr kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate for its key.</source>
        <translation>Die PKCS#12-Datei enthält kein Zertifikat zu ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>Der private Schlüssel der PKCS#12-Datei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation>Das Zertifikat von %1 ist nicht vor dem %2 gültig.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; ask for a new one.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen; beantragen Sie ein neues.</translation>
    </message>
    <message>
        <source>The certificate of %1 may not be used for signatures: its key usage is %2, without digitalSignature or nonRepudiation.</source>
        <translation>Das Zertifikat von %1 darf nicht zum Signieren verwendet werden: Seine Schlüsselverwendung ist %2, ohne digitalSignature oder nonRepudiation.</translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>Es gibt keinen privaten Schlüssel, mit dem signiert werden kann.</translation>
    </message>
    <message>
        <source>The bundle is refused: %1.</source>
        <translation>Das Paket wird zurückgewiesen: %1.</translation>
    </message>
    <message>
        <source>two of its entries have the same name (a name appears twice)</source>
        <translation>zwei seiner Einträge haben denselben Namen (ein Name kommt zweimal vor)</translation>
    </message>
    <message>
        <source>it is not a readable ZIP container (%1)</source>
        <translation>es ist kein lesbarer ZIP-Container (%1)</translation>
    </message>
    <message>
        <source>it is not a readable ZIP container: its structure is inconsistent, damaged or manipulated (%1)</source>
        <translation>es ist kein lesbarer ZIP-Container: Seine Struktur ist widersprüchlich, beschädigt oder manipuliert (%1)</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>ein Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains a backslash</source>
        <translation>der Name „%1“ enthält einen umgekehrten Schrägstrich</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is an absolute path</source>
        <translation>der Name „%1“ ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; starts with a drive letter</source>
        <translation>der Name „%1“ beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains control or undecodable characters</source>
        <translation>der Name „%1“ enthält Steuerzeichen oder nicht dekodierbare Zeichen</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; climbs out of the bundle with &quot;..&quot;</source>
        <translation>der Name „%1“ verlässt das Paket mit „..“</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; has an empty or &quot;.&quot; part</source>
        <translation>der Name „%1“ hat einen leeren Teil oder einen Teil „.“</translation>
    </message>
    <message>
        <source>a name is longer than 1024 characters</source>
        <translation>ein Name ist länger als 1024 Zeichen</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>es konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>its table of contents cannot be read</source>
        <translation>sein Inhaltsverzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is empty; a bundle starts with a &quot;mimetype&quot; entry</source>
        <translation>es ist leer; ein Paket beginnt mit einem Eintrag „mimetype“</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed</source>
        <translation>es hat %1 Einträge, mehr als die zulässigen %2</translation>
    </message>
    <message>
        <source>entry %1 has no readable name</source>
        <translation>Eintrag %1 hat keinen lesbaren Namen</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice (names may not differ only in case)</source>
        <translation>der Name „%1“ kommt zweimal vor (Namen dürfen sich nicht nur in der Groß- und Kleinschreibung unterscheiden)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read</source>
        <translation>der Eintrag „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is encrypted; bundles are never encrypted entry by entry (use an envelope)</source>
        <translation>der Eintrag „%1“ ist verschlüsselt; Pakete werden nie eintragsweise verschlüsselt (verwenden Sie einen Umschlag)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>der Eintrag „%1“ ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a special file, not a file</source>
        <translation>der Eintrag „%1“ ist eine Spezialdatei, keine Datei</translation>
    </message>
    <message>
        <source>the folder entry &quot;%1&quot; has content</source>
        <translation>der Ordnereintrag „%1“ hat einen Inhalt</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses a compression method other than stored or deflate</source>
        <translation>der Eintrag „%1“ verwendet eine andere Kompressionsmethode als stored oder deflate</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is larger than %2 bytes</source>
        <translation>der Eintrag „%1“ ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; inflates more than %2 times (a zip bomb)</source>
        <translation>der Eintrag „%1“ entpackt sich auf mehr als das %2-Fache (eine ZIP-Bombe)</translation>
    </message>
    <message>
        <source>its entries add up to more than %1 bytes</source>
        <translation>seine Einträge ergeben zusammen mehr als %1 Byte</translation>
    </message>
    <message>
        <source>its first entry is &quot;%1&quot;, not &quot;mimetype&quot;</source>
        <translation>sein erster Eintrag ist „%1“, nicht „mimetype“</translation>
    </message>
    <message>
        <source>&quot;mimetype&quot; is not its first entry</source>
        <translation>„mimetype“ ist nicht sein erster Eintrag</translation>
    </message>
    <message>
        <source>it has no &quot;mimetype&quot; entry; it is not an ASiC-E container</source>
        <translation>es hat keinen Eintrag „mimetype“; es ist kein ASiC-E-Container</translation>
    </message>
    <message>
        <source>its &quot;mimetype&quot; entry is compressed; ASiC-E requires it stored</source>
        <translation>sein Eintrag „mimetype“ ist komprimiert; ASiC-E verlangt ihn unkomprimiert</translation>
    </message>
    <message>
        <source>its media type is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>sein Medientyp ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; inflates to more than %2 bytes</source>
        <translation>der Eintrag „%1“ entpackt sich auf mehr als %2 Byte</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; holds more than the %2 bytes its header says</source>
        <translation>der Eintrag „%1“ enthält mehr als die %2 Byte, die sein Header angibt</translation>
    </message>
    <message>
        <source>its entries inflate to more than %1 bytes</source>
        <translation>seine Einträge entpacken sich auf mehr als %1 Byte</translation>
    </message>
    <message>
        <source>The bundle is refused: the entry &quot;%1&quot; is damaged (%2).</source>
        <translation>Das Paket wird zurückgewiesen: Der Eintrag „%1“ ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The bundle is refused: the entry &quot;%1&quot; holds %2 bytes, not the %3 its header says.</source>
        <translation>Das Paket wird zurückgewiesen: Der Eintrag „%1“ enthält %2 Byte, nicht die %3, die sein Header angibt.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be opened (%2)</source>
        <translation>der Eintrag „%1“ kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than the %2 bytes allowed</source>
        <translation>„%1“ ist größer als die zulässigen %2 Byte</translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation>ein Schreibvorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>OpenSSL could not compute its SHA-256</source>
        <translation>OpenSSL konnte seinen SHA-256 nicht berechnen</translation>
    </message>
    <message>
        <source>an entry of a bundle may not exceed 4 GiB</source>
        <translation>ein Eintrag eines Pakets darf 4 GiB nicht überschreiten</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2.</source>
        <translation>Das Paket %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>its target is not open for writing</source>
        <translation>sein Ziel ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>es ist nicht geöffnet</translation>
    </message>
    <message>
        <source>a bundle may not exceed 4 GiB</source>
        <translation>ein Paket darf 4 GiB nicht überschreiten</translation>
    </message>
    <message>
        <source>an entry is still open</source>
        <translation>ein Eintrag ist noch geöffnet</translation>
    </message>
    <message>
        <source>no entry is open</source>
        <translation>kein Eintrag ist geöffnet</translation>
    </message>
    <message>
        <source>a bundle may not hold more than 65535 entries</source>
        <translation>ein Paket darf nicht mehr als 65535 Einträge enthalten</translation>
    </message>
    <message>
        <source>%1 is an incoming request; only outgoing requests are sent as bundles.</source>
        <translation>%1 ist ein eingehendes Ersuchen; nur ausgehende Ersuchen werden als Paket versandt.</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved request can be exported as a signed bundle. Have a prosecutor approve it first.</source>
        <translation>%1 hat den Status %2: Nur ein genehmigtes Ersuchen kann als signiertes Paket exportiert werden. Lassen Sie es zuerst von einer Staatsanwältin oder einem Staatsanwalt genehmigen.</translation>
    </message>
    <message>
        <source>%1 is incomplete; run &quot;check %1&quot; for what its instrument still requires.</source>
        <translation>%1 ist unvollständig; „check %1“ zeigt, was das Rechtsinstrument noch verlangt.</translation>
    </message>
    <message>
        <source>The document in %1 came out as a DRAFT; nothing was exported.</source>
        <translation>Das Dokument in %1 wurde als ENTWURF erzeugt; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The document of %1 is not final in any language (its texts are not reviewed); a bundle carries final documents only.</source>
        <translation>Das Dokument zu %1 ist in keiner Sprache endgültig (seine Texte sind nicht geprüft); ein Paket enthält nur endgültige Dokumente.</translation>
    </message>
</context>
<context>
    <name>BundleReport</name>
    <message>
        <source>it has no signature</source>
        <translation>es hat keine Signatur</translation>
    </message>
    <message>
        <source>The bundle %1 did not verify: %2</source>
        <translation>Das Paket %1 konnte nicht verifiziert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an archive manifest (long-term archive time-stamps, as in CAdES B-LTA): archive manifests are not supported, so the bundle cannot be verified</source>
        <translation>„%1“ ist ein Archivmanifest (Archivzeitstempel für die Langzeitarchivierung, wie in CAdES B-LTA): Archivmanifeste werden nicht unterstützt, daher kann das Paket nicht verifiziert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time-stamp token: time-stamps in the container are not supported, so the bundle cannot be verified</source>
        <translation>„%1“ ist ein Zeitstempel-Token: Zeitstempel im Container werden nicht unterstützt, daher kann das Paket nicht verifiziert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second manifest (for another signature or a time-stamp): several manifests are not supported, so the bundle cannot be verified</source>
        <translation>„%1“ ist ein zweites Manifest (für eine weitere Signatur oder einen Zeitstempel): Mehrere Manifeste werden nicht unterstützt, daher kann das Paket nicht verifiziert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in META-INF but is neither the manifest nor the signature: it is not supported, so the bundle cannot be verified</source>
        <translation>„%1“ liegt in META-INF, ist aber weder das Manifest noch die Signatur: Dies wird nicht unterstützt, daher kann das Paket nicht verifiziert werden</translation>
    </message>
    <message>
        <source>ASiC-E container: %1 file(s), &quot;mimetype&quot; first and stored</source>
        <translation>ASiC-E-Container: %1 Datei(en), „mimetype“ zuerst und unkomprimiert</translation>
    </message>
    <message>
        <source>the bundle has no %1: nothing says what was signed</source>
        <translation>das Paket hat kein %1: Nichts gibt an, was signiert wurde</translation>
    </message>
    <message>
        <source>the manifest refers to &quot;%1&quot;, which is not a CAdES signature file (META-INF/*signature*.p7s)</source>
        <translation>das Manifest verweist auf „%1“, das keine CAdES-Signaturdatei ist (META-INF/*signature*.p7s)</translation>
    </message>
    <message>
        <source>the manifest lists &quot;%1&quot;, which is not a data object</source>
        <translation>das Manifest führt „%1“ auf, das kein Datenobjekt ist</translation>
    </message>
    <message>
        <source>ETSI ASiCManifest listing %1 data object(s) with SHA-256 digests</source>
        <translation>ETSI-ASiCManifest mit %1 Datenobjekt(en) und ihren SHA-256-Hashwerten</translation>
    </message>
    <message>
        <source>the bundle has several signature files (%1), each over its own manifest: several signature files are not supported (several signers in one signature file are)</source>
        <translation>das Paket hat mehrere Signaturdateien (%1), jede über ihr eigenes Manifest: Mehrere Signaturdateien werden nicht unterstützt (mehrere Unterzeichner in einer Signaturdatei schon)</translation>
    </message>
    <message>
        <source>the bundle has no signature (%1)</source>
        <translation>das Paket hat keine Signatur (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in the signed manifest but is not in the bundle (removed or renamed after signing)</source>
        <translation>„%1“ ist im signierten Manifest aufgeführt, fehlt aber im Paket (nach der Signatur entfernt oder umbenannt)</translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation>die Verifizierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 stimmt mit dem Manifest überein</translation>
    </message>
    <message>
        <source>the content of &quot;%1&quot; differs from what was signed (SHA-256 mismatch): it was changed after signing</source>
        <translation>der Inhalt von „%1“ weicht vom Signierten ab (SHA-256 stimmt nicht überein): Er wurde nach der Signatur geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the bundle but not in the signed manifest: it was added or renamed after signing</source>
        <translation>„%1“ ist im Paket, aber nicht im signierten Manifest: Es wurde nach der Signatur hinzugefügt oder umbenannt</translation>
    </message>
    <message>
        <source>the bundle has no signed request.json</source>
        <translation>das Paket hat keine signierte request.json</translation>
    </message>
    <message>
        <source>request.json was not read: a request is read only from a bundle whose signature, signers and digests all verified (see the checks above)</source>
        <translation>request.json wurde nicht gelesen: Ein Ersuchen wird nur aus einem Paket gelesen, dessen Signatur, Unterzeichner und Hashwerte sämtlich verifiziert wurden (siehe die Prüfungen oben)</translation>
    </message>
    <message>
        <source>request.json is not a valid interchange file: %1</source>
        <translation>request.json ist keine gültige Austauschdatei: %1</translation>
    </message>
    <message>
        <source>request.json holds %1 requests, not one</source>
        <translation>request.json enthält %1 Ersuchen, nicht eines</translation>
    </message>
    <message>
        <source>the bundle is encrypted (a CMS envelope): open it with your own PKCS#12 identity (--recipient FILE.p12)</source>
        <translation>das Paket ist verschlüsselt (ein CMS-Umschlag): Öffnen Sie es mit Ihrer eigenen PKCS#12-Identität (--recipient DATEI.p12)</translation>
    </message>
    <message>
        <source>%1 is not trusted: neither the certificate nor its issuers are in the trust store. Confirm the partner authority&apos;s certificate by its fingerprint and add it with &quot;trust add&quot;.</source>
        <translation>%1 ist nicht vertrauenswürdig: Weder das Zertifikat noch seine Aussteller sind unter den vertrauenswürdigen Zertifikaten. Bestätigen Sie das Zertifikat der Partnerbehörde anhand seines Fingerabdrucks und fügen Sie es mit „trust add“ hinzu.</translation>
    </message>
    <message>
        <source>a certificate of %1&apos;s chain had expired when the bundle was signed</source>
        <translation>ein Zertifikat der Kette von %1 war bei der Signatur des Pakets abgelaufen</translation>
    </message>
    <message>
        <source>a certificate of %1&apos;s chain was not yet valid when the bundle was signed</source>
        <translation>ein Zertifikat der Kette von %1 war bei der Signatur des Pakets noch nicht gültig</translation>
    </message>
    <message>
        <source>an issuer in %1&apos;s chain is not a certification authority</source>
        <translation>ein Aussteller in der Kette von %1 ist keine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>a certificate in %1&apos;s chain has an invalid signature (forged or damaged)</source>
        <translation>ein Zertifikat in der Kette von %1 hat eine ungültige Signatur (gefälscht oder beschädigt)</translation>
    </message>
    <message>
        <source>%1&apos;s certificate chain does not verify: %2</source>
        <translation>die Zertifikatskette von %1 lässt sich nicht verifizieren: %2</translation>
    </message>
    <message>
        <source>the signature is larger than %1 bytes</source>
        <translation>die Signatur ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the signature file is not DER-encoded CMS, or it is damaged or replaced</source>
        <translation>die Signaturdatei ist kein DER-kodiertes CMS, oder sie ist beschädigt oder ersetzt</translation>
    </message>
    <message>
        <source>the signature file is CMS but not SignedData</source>
        <translation>die Signaturdatei ist CMS, aber kein SignedData</translation>
    </message>
    <message>
        <source>the signature carries its own content instead of signing the manifest (it must be detached)</source>
        <translation>die Signatur enthält ihren eigenen Inhalt, statt das Manifest zu signieren (sie muss abgetrennt sein)</translation>
    </message>
    <message>
        <source>the signature has no signer</source>
        <translation>die Signatur hat keinen Unterzeichner</translation>
    </message>
    <message>
        <source>the signature has more than %1 signers</source>
        <translation>die Signatur hat mehr als %1 Unterzeichner</translation>
    </message>
    <message>
        <source>CMS SignedData, detached, %1 signer(s)</source>
        <translation>CMS SignedData, abgetrennt, %1 Unterzeichner</translation>
    </message>
    <message>
        <source>the signature does not include the signer&apos;s certificate</source>
        <translation>die Signatur enthält das Zertifikat des Unterzeichners nicht</translation>
    </message>
    <message>
        <source>the signer used %1, not SHA-256</source>
        <translation>der Unterzeichner hat %1 statt SHA-256 verwendet</translation>
    </message>
    <message>
        <source>the signer&apos;s signature has no signed attributes (no signing time)</source>
        <translation>die Signatur des Unterzeichners hat keine signierten Attribute (keine Signaturzeit)</translation>
    </message>
    <message>
        <source>the signature value is invalid: the signature was forged, damaged or replaced</source>
        <translation>der Signaturwert ist ungültig: Die Signatur wurde gefälscht, beschädigt oder ersetzt</translation>
    </message>
    <message>
        <source>the signature does not cover this manifest: the manifest was changed after signing</source>
        <translation>die Signatur deckt dieses Manifest nicht ab: Das Manifest wurde nach der Signatur geändert</translation>
    </message>
    <message>
        <source>without the signer&apos;s certificate nothing can be checked</source>
        <translation>ohne das Zertifikat des Unterzeichners kann nichts geprüft werden</translation>
    </message>
    <message>
        <source>the trust store is empty: add the partner authority&apos;s certificate (&quot;trust add&quot;, or --trust) after confirming its fingerprint</source>
        <translation>es sind keine vertrauenswürdigen Zertifikate hinterlegt: Fügen Sie das Zertifikat der Partnerbehörde hinzu („trust add“ oder --trust), nachdem Sie seinen Fingerabdruck bestätigt haben</translation>
    </message>
    <message>
        <source>chains to the trusted certificate %1</source>
        <translation>führt zum vertrauenswürdigen Zertifikat %1</translation>
    </message>
    <message>
        <source>the signature has no signing time; the certificate&apos;s validity cannot be checked</source>
        <translation>die Signatur hat keine Signaturzeit; die Gültigkeit des Zertifikats kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the signing time %1 is in the future</source>
        <translation>die Signaturzeit %1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the certificate had expired (on %1) when the bundle was signed on %2</source>
        <translation>das Zertifikat war (am %1) abgelaufen, als das Paket am %2 signiert wurde</translation>
    </message>
    <message>
        <source>the certificate was not yet valid (from %1) when the bundle was signed on %2</source>
        <translation>das Zertifikat war (ab %1) noch nicht gültig, als das Paket am %2 signiert wurde</translation>
    </message>
    <message>
        <source>the certificate chain was valid when signed on %1</source>
        <translation>die Zertifikatskette war bei der Signatur am %1 gültig</translation>
    </message>
    <message>
        <source>the certificate was valid when signed on %1 (its issuers could not be checked)</source>
        <translation>das Zertifikat war bei der Signatur am %1 gültig (seine Aussteller konnten nicht geprüft werden)</translation>
    </message>
    <message>
        <source>key usage allows signatures</source>
        <translation>die Schlüsselverwendung erlaubt Signaturen</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage (%1) does not allow signatures (digitalSignature or nonRepudiation)</source>
        <translation>die Schlüsselverwendung des Zertifikats (%1) erlaubt keine Signaturen (digitalSignature oder nonRepudiation)</translation>
    </message>
    <message>
        <source>request %1 (%2, %3)</source>
        <translation>Ersuchen %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the signing-certificate attribute is repeated or malformed</source>
        <translation>das Attribut signing-certificate ist wiederholt oder fehlerhaft</translation>
    </message>
    <message>
        <source>the signing-certificate attribute is malformed</source>
        <translation>das Attribut signing-certificate ist fehlerhaft</translation>
    </message>
    <message>
        <source>the signed attributes do not name the signer&apos;s certificate (no ESS signing-certificate-v2, RFC 5035): this is not a CAdES signature (ETSI EN 319 122-1). Ask the sender to sign with a CAdES tool (openssl: cms -sign -cades)</source>
        <translation>die signierten Attribute benennen das Zertifikat des Unterzeichners nicht (kein ESS signing-certificate-v2, RFC 5035): dies ist keine CAdES-Signatur (ETSI EN 319 122-1). Bitten Sie den Absender, mit einem CAdES-Werkzeug zu signieren (openssl: cms -sign -cades)</translation>
    </message>
    <message>
        <source>out of memory while checking the signing certificate</source>
        <translation>nicht genug Speicher bei der Prüfung des Signaturzertifikats</translation>
    </message>
    <message>
        <source>the signing-certificate attribute names another certificate than the one in the signature: the certificate was replaced</source>
        <translation>das Attribut signing-certificate benennt ein anderes Zertifikat als das der Signatur: das Zertifikat wurde ersetzt</translation>
    </message>
    <message>
        <source>valid CAdES signature over the manifest (SHA-256), bound to its certificate</source>
        <translation>gültige CAdES-Signatur über das Manifest (SHA-256), an ihr Zertifikat gebunden</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>If the provider has not disclosed within 30 days of receipt of the order, or the time frame stated under Art. 7(4)(d) if longer, the issuing Party may seek enforcement only through Art. 8 or other mutual assistance</source>
        <translation>Hat der Anbieter nicht innerhalb von 30 Tagen nach Eingang der Anordnung oder innerhalb der nach Art. 7 Abs. 4 Buchst. d festgelegten längeren Frist offengelegt, kann die erlassende Vertragspartei die Durchsetzung nur über Art. 8 oder andere Rechtshilfe verlangen</translation>
    </message>
    <message>
        <source>The requested Party makes all reasonable efforts to serve the service provider within 45 days of receiving all the documentation and information</source>
        <translation>Die ersuchte Vertragspartei unternimmt alle zumutbaren Anstrengungen, um dem Diensteanbieter innerhalb von 45 Tagen nach Eingang aller Unterlagen und Informationen zuzustellen</translation>
    </message>
    <message>
        <source>The provider returns subscriber information no later than 20 days after the order takes effect</source>
        <translation>Der Anbieter übermittelt die Bestandsdaten spätestens 20 Tage nach Wirksamwerden der Anordnung</translation>
    </message>
    <message>
        <source>The provider returns traffic data no later than 45 days after the order takes effect</source>
        <translation>Der Anbieter übermittelt die Verkehrsdaten spätestens 45 Tage nach Wirksamwerden der Anordnung</translation>
    </message>
    <message>
        <source>Preservation is for a period of not less than 60 days, to enable the requesting Party to submit its mutual assistance request; once that request is received the data continue to be preserved pending a decision on it</source>
        <translation>Die Sicherung erfolgt für mindestens 60 Tage, damit die ersuchende Vertragspartei ihr Rechtshilfeersuchen stellen kann; nach Eingang des Ersuchens bleiben die Daten bis zur Entscheidung darüber gesichert</translation>
    </message>
    <message>
        <source>Acknowledge receipt of the EIO with the Annex B form, without delay and in any event within a week of receipt</source>
        <translation>Den Eingang der EEA mit dem Formblatt in Anhang B bestätigen, unverzüglich und in jedem Fall innerhalb einer Woche nach Eingang</translation>
    </message>
    <message>
        <source>Decide on recognition or execution as soon as possible and no later than 30 days after receipt by the competent executing authority</source>
        <translation>So bald wie möglich und spätestens 30 Tage nach Eingang bei der zuständigen Vollstreckungsbehörde über die Anerkennung oder Vollstreckung entscheiden</translation>
    </message>
    <message>
        <source>Carry out the investigative measure without delay and not later than 90 days after the recognition decision (unless Art. 15 postponement applies or the evidence is already held); if not practicable, inform the issuing authority with reasons and consult on timing (Art. 12(6) sets no fixed extension)</source>
        <translation>Die Ermittlungsmaßnahme unverzüglich und spätestens 90 Tage nach der Anerkennungsentscheidung durchführen (außer bei Aufschub nach Art. 15 oder wenn die Beweismittel bereits vorliegen); ist das nicht möglich, die Anordnungsbehörde unter Angabe der Gründe unterrichten und den Zeitrahmen abstimmen (Art. 12 Abs. 6 sieht keine feste Verlängerung vor)</translation>
    </message>
    <message>
        <source>Decide and communicate the decision on a requested provisional measure as soon as possible and, wherever practicable, within 24 hours of receipt of the EIO</source>
        <translation>Über eine ersuchte vorläufige Maßnahme so bald wie möglich und nach Möglichkeit innerhalb von 24 Stunden nach Eingang der EEA entscheiden und die Entscheidung mitteilen</translation>
    </message>
    <message>
        <source>The obligation to preserve ceases after 60 days unless the issuing authority confirms (Annex V) that a subsequent request for production has been issued; during the 60 days it may extend by 30 days (Annex VI)</source>
        <translation>Die Sicherungspflicht endet nach 60 Tagen, sofern die Anordnungsbehörde nicht bestätigt (Anhang V), dass ein späteres Herausgabeersuchen gestellt wurde; innerhalb der 60 Tage kann sie um 30 Tage verlängern (Anhang VI)</translation>
    </message>
    <message>
        <source>Transmit the requested data to the issuing authority: within 10 days following receipt of the EPOC (Art. 10(3)); where the enforcing authority is notified, at the end of that 10-day period unless a ground for refusal is raised (Art. 10(2))</source>
        <translation>Die angeforderten Daten der Anordnungsbehörde übermitteln: innerhalb von 10 Tagen nach Erhalt der EPOC (Art. 10 Abs. 3); wird die Vollstreckungsbehörde unterrichtet, am Ende dieser 10-Tage-Frist, sofern kein Ablehnungsgrund geltend gemacht wird (Art. 10 Abs. 2)</translation>
    </message>
    <message>
        <source>Where the enforcing authority is notified (Art. 8), it may raise grounds for refusal within 10 days following receipt of the notification, in emergency cases within 96 hours</source>
        <translation>Wird die Vollstreckungsbehörde unterrichtet (Art. 8), kann sie innerhalb von 10 Tagen nach Erhalt der Unterrichtung, in Notfällen innerhalb von 96 Stunden, Ablehnungsgründe geltend machen</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Emergency preservation order issued without prior validation: seek ex-post validation without undue delay, at the latest within 48 hours</source>
        <translation>Ohne vorherige Validierung erlassene Sicherungsanordnung in einem Notfall: unverzüglich, spätestens binnen 48 Stunden die nachträgliche Validierung beantragen</translation>
    </message>
    <message>
        <source>Emergency order for subscriber data or data requested solely to identify the user, issued without prior validation: seek ex-post validation without undue delay, at the latest within 48 hours</source>
        <translation>Ohne vorherige Validierung erlassene Anordnung in einem Notfall für Teilnehmerdaten oder ausschließlich zur Identifizierung des Nutzers angeforderte Daten: unverzüglich, spätestens binnen 48 Stunden die nachträgliche Validierung beantragen</translation>
    </message>
    <message>
        <source>Only an order in a validly established emergency may be issued without prior validation</source>
        <translation>Nur eine Anordnung in einem ordnungsgemäß festgestellten Notfall darf ohne vorherige Validierung erlassen werden</translation>
    </message>
    <message>
        <source>An order for traffic data or content data needs prior validation by a judge, a court or an investigating judge: the emergency exception covers only subscriber data and data requested solely to identify the user</source>
        <translation>Eine Anordnung für Verkehrsdaten oder Inhaltsdaten bedarf der vorherigen Validierung durch einen Richter, ein Gericht oder einen Ermittlungsrichter: Die Notfallausnahme gilt nur für Teilnehmerdaten und ausschließlich zur Identifizierung des Nutzers angeforderte Daten</translation>
    </message>
    <message>
        <source>Enforcement procedure: the enforcing authority decides on the recognition of the order without undue delay and at the latest within 5 working days of receiving it</source>
        <translation>Vollstreckungsverfahren: Die Vollstreckungsbehörde entscheidet über die Anerkennung der Anordnung unverzüglich, spätestens jedoch fünf Arbeitstage nach Erhalt der Anordnung</translation>
    </message>
</context>
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
    <name>Completeness</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 word(s); at least %2 are needed to state it</source>
        <translation>%1 Wort/Wörter; mindestens %2 sind nötig, um es darzulegen</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>nichts aufgeführt</translation>
    </message>
    <message>
        <source>no identifier (account, e-mail address, IP address...) says whose data is sought</source>
        <translation>keine Kennung (Konto, E-Mail-Adresse, IP-Adresse …) gibt an, wessen Daten ersucht werden</translation>
    </message>
    <message>
        <source>no date range limits the data sought</source>
        <translation>kein Zeitraum begrenzt die ersuchten Daten</translation>
    </message>
    <message>
        <source>a date range needs a start and an end, the start first</source>
        <translation>ein Zeitraum braucht einen Beginn und ein Ende, den Beginn zuerst</translation>
    </message>
    <message>
        <source>no data category (subscriber, traffic, content...) is chosen</source>
        <translation>keine Datenkategorie (Teilnehmer, Verkehr, Inhalt …) ist gewählt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; data cannot be asked for under this instrument</source>
        <translation>„%1“-Daten können nach diesem Rechtsinstrument nicht ersucht werden</translation>
    </message>
    <message>
        <source>no person is named</source>
        <translation>keine Person ist genannt</translation>
    </message>
    <message>
        <source>does not apply under this instrument</source>
        <translation>gilt nach diesem Instrument nicht</translation>
    </message>
    <message>
        <source>not allowed for this request as it stands</source>
        <translation>für dieses Ersuchen in seiner jetzigen Form nicht zulässig</translation>
    </message>
    <message>
        <source>A document in a language %1 accepts</source>
        <translation>Ein Dokument in einer Sprache, die %1 akzeptiert</translation>
    </message>
    <message>
        <source>%1 accepts %2; the document is final in no language yet</source>
        <translation>%1 akzeptiert %2; das Dokument ist noch in keiner Sprache endgültig</translation>
    </message>
    <message>
        <source>%1 accepts %2; the document is final in %3 only: translate the texts into an accepted language and have them reviewed</source>
        <translation>%1 akzeptiert %2; das Dokument ist nur in %3 endgültig: Übersetzen Sie die Texte in eine akzeptierte Sprache und lassen Sie sie prüfen</translation>
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
    <name>Deadlines</name>
    <message>
        <source>The request and the deadline&apos;s reasons are in MLA Desk.</source>
        <translation>Das Ersuchen und die Begründung der Frist finden Sie in MLA Desk.</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is not known: add it under Authorities and states, or give one of the catalogue&apos;s codes.</source>
        <translation>Der Staat „%1“ ist nicht bekannt: Fügen Sie ihn unter Behörden und Staaten hinzu oder geben Sie einen der Codes des Katalogs an.</translation>
    </message>
    <message>
        <source>, emergency period</source>
        <translation>, Frist für Notfälle</translation>
    </message>
    <message>
        <source>The text sets a minimum (&quot;not less than&quot;): this is the earliest the other side may end it.</source>
        <translation>Der Text legt ein Mindestmaß fest („nicht weniger als“): Dies ist der früheste Zeitpunkt, zu dem die andere Seite sie beenden darf.</translation>
    </message>
    <message>
        <source>This rule is marked unverified in the catalogue: check the text.</source>
        <translation>Diese Regel ist im Katalog als nicht geprüft gekennzeichnet: Prüfen Sie den Text.</translation>
    </message>
    <message>
        <source>Extension of %1 ignored: the instrument allows %2 extension(s).</source>
        <translation>Verlängerung um %1 nicht berücksichtigt: Das Rechtsinstrument erlaubt %2 Verlängerung(en).</translation>
    </message>
    <message>
        <source>Extended by %1 on %2%3: the period is now %4.</source>
        <translation>Am %2 um %1 verlängert%3: Die Frist beträgt nun %4.</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71 Art. 3 in the calendar of %1 (%2).</source>
        <translation>Berechnet nach Art. 3 der Verordnung (EWG, Euratom) Nr. 1182/71 im Kalender von %1 (%2).</translation>
    </message>
    <message>
        <source>Counted in calendar days in %1 (%2).</source>
        <translation>Berechnet in Kalendertagen in %1 (%2).</translation>
    </message>
    <message>
        <source>The other side asked for an earlier date%1: due %2.</source>
        <translation>Die andere Seite hat um einen früheren Termin ersucht%1: fällig am %2.</translation>
    </message>
    <message>
        <source>Data deleted by the provider: the request must reach it before</source>
        <translation>Vom Anbieter gelöschte Daten: Das Ersuchen muss ihn vorher erreichen</translation>
    </message>
    <message>
        <source>date announced by the provider (no legal period)</source>
        <translation>vom Anbieter angekündigtes Datum (keine gesetzliche Frist)</translation>
    </message>
    <message>
        <source>The provider deletes the data at %1 (event &quot;provider-deletion&quot;); preservation or production must reach it before.</source>
        <translation>Der Anbieter löscht die Daten am %1 (Ereignis „provider-deletion“); Sicherung oder Herausgabe müssen ihn vorher erreichen.</translation>
    </message>
    <message>
        <source>Review or destroy the data received under the request</source>
        <translation>Die aufgrund des Ersuchens erhaltenen Daten überprüfen oder vernichten</translation>
    </message>
    <message>
        <source>Retention ends at %1 (%2%3); a reminder is due %4 day(s) before.</source>
        <translation>Die Aufbewahrungsfrist endet am %1 (%2%3); eine Erinnerung ist %4 Tag(e) vorher fällig.</translation>
    </message>
    <message>
        <source>Purged at %1 by %2.</source>
        <translation>Gelöscht am %1 von %2.</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;.</source>
        <translation>Unbekanntes Rechtsinstrument „%1“.</translation>
    </message>
    <message>
        <source>Event at %1; the hour in which it happened is not counted: the period starts at %2.</source>
        <translation>Ereignis am %1; die Stunde, in die es fällt, wird nicht mitgerechnet: Die Frist beginnt am %2.</translation>
    </message>
    <message>
        <source>%1: the period ends at the end of its last hour, %2.</source>
        <translation>%1: Die Frist endet mit Ablauf ihrer letzten Stunde, %2.</translation>
    </message>
    <message>
        <source>Clock stopped at %1 (%2) with %3 minutes remaining; no date until it restarts.</source>
        <translation>Fristlauf gehemmt am %1 (%2) mit %3 verbleibenden Minuten; kein Termin, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Clock stopped at %1 (%2) and restarted at %3: the %4 minutes that remained now end at %5.</source>
        <translation>Fristlauf gehemmt am %1 (%2) und fortgesetzt am %3: Die verbleibenden %4 Minuten enden am %5.</translation>
    </message>
    <message>
        <source>A period in hours does not roll over past weekends or public holidays.</source>
        <translation>Eine nach Stunden bemessene Frist verschiebt sich nicht über Wochenenden oder Feiertage.</translation>
    </message>
    <message>
        <source>Event at %1; the day on which it happened is not counted: the period starts at 00:00 on %2.</source>
        <translation>Ereignis am %1; der Tag, auf den es fällt, wird nicht mitgerechnet: Die Frist beginnt um 00:00 am %2.</translation>
    </message>
    <message>
        <source>%1: the last day is %2.</source>
        <translation>%1: Der letzte Tag ist %2.</translation>
    </message>
    <message>
        <source>Clock stopped on %1 (%2) with %3 day(s) remaining; no date until it restarts.</source>
        <translation>Fristlauf gehemmt am %1 (%2) mit %3 verbleibenden Tag(en); kein Termin, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Clock stopped on %1 (%2) with %3 day(s) remaining and restarted on %4: the last day is now %5.</source>
        <translation>Fristlauf gehemmt am %1 (%2) mit %3 verbleibenden Tag(en) und fortgesetzt am %4: Der letzte Tag ist nun %5.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for %1: only Saturdays and Sundays are taken into account.</source>
        <translation>Für %1 ist kein Feiertagskalender bekannt: Nur Samstage und Sonntage werden berücksichtigt.</translation>
    </message>
    <message>
        <source>The last day is not a working day in %1: %2. The period ends at the end of the next working day, %3.</source>
        <translation>Der letzte Tag ist in %1 kein Arbeitstag: %2. Die Frist endet mit Ablauf des nächsten Arbeitstages, %3.</translation>
    </message>
    <message>
        <source>A period of two days or more includes at least two working days: it is extended to %1.</source>
        <translation>Eine Frist von zwei oder mehr Tagen umfasst mindestens zwei Arbeitstage: Sie wird bis %1 verlängert.</translation>
    </message>
    <message>
        <source>Calendar days: weekends and public holidays count and the last day does not roll over.</source>
        <translation>Kalendertage: Wochenenden und Feiertage zählen mit, und der letzte Tag verschiebt sich nicht.</translation>
    </message>
    <message>
        <source>Due at 24:00 on %1 in %2 (%3 UTC).</source>
        <translation>Fällig um 24:00 am %1 in %2 (%3 UTC).</translation>
    </message>
    <message>
        <source>%1 hour(s)</source>
        <translation>%1 Stunde(n)</translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation>%1 Tag(e)</translation>
    </message>
    <message>
        <source>%1 week(s)</source>
        <translation>%1 Woche(n)</translation>
    </message>
    <message>
        <source>%1%2: %3 from &quot;%4&quot;%5.</source>
        <extracomment>The first step of a trail: the rule&apos;s description (%1), its variant (%2: &quot; (traffic)&quot; or nothing), the period (%3), the event it counts from (%4), &quot;, emergency period&quot; or nothing (%5).</extracomment>
        <translation>%1%2: %3 ab „%4“%5.</translation>
    </message>
    <message>
        <source>%1, counting only the working days of %2 (weekends and public holidays do not count): the last day is %3.</source>
        <translation>%1, gezählt werden nur die Arbeitstage in %2 (Wochenenden und gesetzliche Feiertage zählen nicht): Der letzte Tag ist %3.</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 Arbeitstag(e)</translation>
    </message>
    <message>
        <source>The Directive sets this period; it binds the authorities of %1 through their national law transposing it, which may count it by rules of its own. Where %1&apos;s profile gives no other rule, MLA Desk counts it as above.</source>
        <translation>Die Richtlinie setzt diese Frist; sie bindet die Behörden von %1 über ihr nationales Umsetzungsrecht, das sie nach eigenen Regeln berechnen kann. Sieht das Profil von %1 keine andere Regel vor, berechnet MLA Desk sie wie oben.</translation>
    </message>
    <message>
        <source>The extension lengthens the period itself: it is counted from the same event, and only its new end rolls over past a weekend or holiday.</source>
        <translation>Die Verlängerung verlängert die Frist selbst: Sie wird ab demselben Ereignis berechnet, und nur ihr neues Ende verschiebt sich über ein Wochenende oder einen Feiertag hinaus.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>MLA</source>
        <translation>Rechtshilfe</translation>
    </message>
    <message>
        <source>EIO</source>
        <translation>EEA</translation>
    </message>
    <message>
        <source>EPOC</source>
        <translation>EPOC</translation>
    </message>
    <message>
        <source>EPOC-PR</source>
        <translation>EPOC-PR</translation>
    </message>
    <message>
        <source>Budapest Art. 29</source>
        <translation>Budapest Art. 29</translation>
    </message>
    <message>
        <source>Budapest Art. 31</source>
        <translation>Budapest Art. 31</translation>
    </message>
    <message>
        <source>2AP Art. 6</source>
        <translation>2. ZP Art. 6</translation>
    </message>
    <message>
        <source>2AP Art. 7</source>
        <translation>2. ZP Art. 7</translation>
    </message>
    <message>
        <source>2AP Art. 8</source>
        <translation>2. ZP Art. 8</translation>
    </message>
    <message>
        <source>2AP Art. 9</source>
        <translation>2. ZP Art. 9</translation>
    </message>
    <message>
        <source>2AP Art. 10</source>
        <translation>2. ZP Art. 10</translation>
    </message>
    <message>
        <source>CLOUD Act</source>
        <translation>CLOUD Act</translation>
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
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
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
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
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
        <source>deletion by the provider</source>
        <translation>Löschung durch den Anbieter</translation>
    </message>
    <message>
        <source>end of retention</source>
        <translation>Ende der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>Verdächtige Person</translation>
    </message>
    <message>
        <source>accused</source>
        <translation>Beschuldigte Person</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>Opfer</translation>
    </message>
    <message>
        <source>production of preserved data</source>
        <translation>Herausgabe gesicherter Daten</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Folgeersuchen</translation>
    </message>
    <message>
        <source>related</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Mutual legal assistance (bilateral treaty or UNTOC Art. 18)</source>
        <translation>Rechtshilfe (bilateraler Vertrag oder Art. 18 UNTOC)</translation>
    </message>
    <message>
        <source>European Investigation Order (Directive 2014/41/EU)</source>
        <translation>Europäische Ermittlungsanordnung (Richtlinie 2014/41/EU)</translation>
    </message>
    <message>
        <source>European Production Order Certificate (Regulation (EU) 2023/1543)</source>
        <translation>Bescheinigung über eine Europäische Herausgabeanordnung (Verordnung (EU) 2023/1543)</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate (Regulation (EU) 2023/1543)</source>
        <translation>Bescheinigung über eine Europäische Sicherungsanordnung (Verordnung (EU) 2023/1543)</translation>
    </message>
    <message>
        <source>Expedited preservation (Budapest Convention Art. 29)</source>
        <translation>Umgehende Sicherung (Budapester Übereinkommen, Art. 29)</translation>
    </message>
    <message>
        <source>Mutual assistance for stored computer data (Budapest Convention Art. 31)</source>
        <translation>Rechtshilfe beim Zugriff auf gespeicherte Computerdaten (Budapester Übereinkommen, Art. 31)</translation>
    </message>
    <message>
        <source>Domain name registration information (Second Additional Protocol Art. 6)</source>
        <translation>Informationen zur Registrierung von Domainnamen (Zweites Zusatzprotokoll, Art. 6)</translation>
    </message>
    <message>
        <source>Subscriber information from a provider (Second Additional Protocol Art. 7)</source>
        <translation>Bestandsdaten von einem Diensteanbieter (Zweites Zusatzprotokoll, Art. 7)</translation>
    </message>
    <message>
        <source>Giving effect to an order for subscriber information or traffic data (Second Additional Protocol Art. 8)</source>
        <translation>Durchsetzung einer Anordnung zur Herausgabe von Bestands- oder Verkehrsdaten (Zweites Zusatzprotokoll, Art. 8)</translation>
    </message>
    <message>
        <source>Emergency disclosure via the 24/7 network (Second Additional Protocol Art. 9)</source>
        <translation>Beschleunigte Weitergabe in Notfällen über das 24/7-Netzwerk (Zweites Zusatzprotokoll, Art. 9)</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (Second Additional Protocol Art. 10)</source>
        <translation>Rechtshilfe in Notfällen (Zweites Zusatzprotokoll, Art. 10)</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <translation>Anordnung aufgrund eines CLOUD-Act-Regierungsabkommens</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>Teilnehmerdaten</translation>
    </message>
    <message>
        <source>user-identifying</source>
        <translation>Daten zur Identifizierung des Nutzers</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>Verkehrsdaten</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhaltsdaten</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>ip-address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>phone-number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>imei</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>iban</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>Entsperrung</translation>
    </message>
    <message>
        <source>unlock-failed</source>
        <translation>Entsperrung fehlgeschlagen</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>approval-withdrawn</source>
        <translation>Genehmigung zurückgezogen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>approval-imported</source>
        <translation>Genehmigung importiert</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>user-added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>user-removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>roles-changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>passphrase-changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>access-reset</source>
        <translation>Zugang zurückgesetzt</translation>
    </message>
    <message>
        <source>deadline-adjusted</source>
        <translation>Frist angepasst</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>attachment-added</source>
        <translation>Anlage hinzugefügt</translation>
    </message>
    <message>
        <source>retention-set</source>
        <translation>Aufbewahrung festgelegt</translation>
    </message>
    <message>
        <source>retention-extended</source>
        <translation>Aufbewahrung verlängert</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>purge-incomplete</source>
        <translation>Löschung unvollständig</translation>
    </message>
    <message>
        <source>render</source>
        <translation>Dokument erzeugt</translation>
    </message>
    <message>
        <source>bundle-export</source>
        <translation>Paket exportiert</translation>
    </message>
    <message>
        <source>bundle-sign</source>
        <translation>Paket signiert</translation>
    </message>
    <message>
        <source>bundle-verify</source>
        <translation>Paket geprüft</translation>
    </message>
    <message>
        <source>bundle-import</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>trust-added</source>
        <translation>Vertrauenswürdiges Zertifikat hinzugefügt</translation>
    </message>
    <message>
        <source>trust-removed</source>
        <translation>Vertrauenswürdiges Zertifikat entfernt</translation>
    </message>
    <message>
        <source>remember</source>
        <translation>Auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>remember-failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>Auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>forget-failed</source>
        <translation>Vergessen fehlgeschlagen</translation>
    </message>
    <message>
        <source>audit-anchor</source>
        <translation>Verankerung des Prüfprotokolls</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The ISO 639-1 code of this catalogue&apos;s language (fr, de): element labels are then taken from the document catalogue of that language.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>liaison officer</source>
        <translation>Verbindungsbeamter</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>Staatsanwalt</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Budapest Art. 30</source>
        <translation>Budapest Art. 30</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>data produced</source>
        <translation>Daten herausgegeben</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>production order confirmed (Annex V)</source>
        <translation>Herausgabeanordnung bestätigt (Anhang V)</translation>
    </message>
    <message>
        <source>extension requested</source>
        <translation>Verlängerung beantragt</translation>
    </message>
    <message>
        <source>provisional measure decided</source>
        <translation>über vorläufige Maßnahme entschieden</translation>
    </message>
    <message>
        <source>a provisional measure is requested</source>
        <translation>eine vorläufige Maßnahme wird erbeten</translation>
    </message>
    <message>
        <source>issued without prior validation (emergency)</source>
        <translation>ohne vorherige Validierung erlassen (Notfall)</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <translation>Umgehende Weitergabe gesicherter Verkehrsdaten (Budapester Übereinkommen, Art. 30)</translation>
    </message>
    <message>
        <source>enforcement request received</source>
        <translation>Vollstreckungsersuchen eingegangen</translation>
    </message>
    <message>
        <source>interception of telecommunications (Art. 30)</source>
        <translation>Überwachung des Telekommunikationsverkehrs (Art. 30)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>&quot;%1&quot; is not a free-text field of a request (%2)</source>
        <translation>„%1“ ist kein Freitextfeld eines Ersuchens (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>„%1“ ist kein Sprachcode nach ISO 639-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the language the request is written in: change the request itself</source>
        <translation>„%1“ ist die Sprache, in der das Ersuchen abgefasst ist: Ändern Sie das Ersuchen selbst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a translation (%2)</source>
        <translation>„%1“ ist kein Status einer Übersetzung (%2)</translation>
    </message>
    <message>
        <source>a %1 translation needs a text</source>
        <translation>eine Übersetzung mit dem Status %1 braucht einen Text</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone (e.g. Europe/Berlin)</source>
        <translation>„%1“ ist keine IANA-Zeitzone (z. B. Europe/Berlin)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lower-case UUID</source>
        <translation>„%1“ ist keine UUID in Kleinschreibung</translation>
    </message>
    <message>
        <source>is not a valid date and time</source>
        <translation>ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>is not a valid UTC date and time</source>
        <translation>ist kein gültiges UTC-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the future (%2): record events once they happen</source>
        <translation>„%1“ liegt in der Zukunft (%2): Erfassen Sie Ereignisse erst, wenn sie eingetreten sind</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot come before &quot;%3&quot; (%4)</source>
        <translation>„%1“ (%2) kann nicht vor „%3“ (%4) liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known instrument</source>
        <translation>„%1“ ist kein bekanntes Rechtsinstrument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of %2 requests (allowed: %3)</source>
        <translation>„%1“ ist kein Status von Ersuchen der Richtung %2 (zulässig: %3)</translation>
    </message>
    <message>
        <source>needs valid &quot;from&quot; and &quot;to&quot; dates (YYYY-MM-DD)</source>
        <translation>braucht gültige Daten „from“ und „to“ (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>a request cannot link to itself</source>
        <translation>ein Ersuchen kann nicht mit sich selbst verknüpft werden</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Create the folder?</source>
        <translation>Ordner anlegen?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and save %2 there?</source>
        <translation>Der Ordner %1 existiert nicht. Anlegen und %2 dort speichern?</translation>
    </message>
    <message>
        <source>Folder not created</source>
        <translation>Ordner nicht angelegt</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another folder with Browse….</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie mit „Durchsuchen…“ einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the text ends too early (%1)</source>
        <translation>der Text endet zu früh (%1)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte %4)</source>
        <translation>%1 in Zeile %2, Spalte %3 (Byte %4)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt wird erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>eine Liste wird erwartet</translation>
    </message>
    <message>
        <source>lists and objects nested too deeply</source>
        <translation>Listen und Objekte zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a value was not read (program error)</source>
        <translation>ein Wert wurde nicht gelesen (Programmfehler)</translation>
    </message>
    <message>
        <source>expected a name in double quotes</source>
        <translation>ein Name in doppelten Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a name</source>
        <translation>„:“ wird nach einem Namen erwartet</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>Text ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>an escape</source>
        <translation>eine Escape-Sequenz</translation>
    </message>
    <message>
        <source>an unknown escape in text</source>
        <translation>eine unbekannte Escape-Sequenz im Text</translation>
    </message>
    <message>
        <source>a control character in text (it must be escaped)</source>
        <translation>ein Steuerzeichen im Text (es muss maskiert werden)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text wird erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false wird erwartet</translation>
    </message>
    <message>
        <source>expected null</source>
        <translation>null wird erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>eine Zahl wird erwartet</translation>
    </message>
    <message>
        <source>a number without digits</source>
        <translation>eine Zahl ohne Ziffern</translation>
    </message>
    <message>
        <source>a number without digits after its point</source>
        <translation>eine Zahl ohne Ziffern nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>eine Zahl ohne Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>more follows the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt weiterer Inhalt</translation>
    </message>
    <message>
        <source>Could not write the calendar file (libical: %1). Close other programs to free memory and export again.</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden (libical: %1). Schließen Sie andere Programme, um Speicher freizugeben, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The calendar export needs a valid time.</source>
        <translation>Der Kalenderexport benötigt eine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte %1)</source>
        <translation>ist kein gültiges UTF-8 (Byte %1)</translation>
    </message>
    <message>
        <source>holds an unpaired surrogate (%1): it is no character, the text is damaged</source>
        <translation>enthält ein ungepaartes Surrogat (%1): Es ist kein Zeichen, der Text ist beschädigt</translation>
    </message>
    <message>
        <source>holds %1, a bidirectional text control, which this field does not allow (it can make text show in another order than it is stored)</source>
        <translation>enthält %1, ein Steuerzeichen für bidirektionalen Text, das dieses Feld nicht zulässt (es kann Text in einer anderen Reihenfolge anzeigen, als er gespeichert ist)</translation>
    </message>
    <message>
        <source>holds %1, an invisible formatting character, which this field does not allow (two values that look the same would differ)</source>
        <translation>enthält %1, ein unsichtbares Formatierungszeichen, das dieses Feld nicht zulässt (zwei gleich aussehende Werte wären verschieden)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind zulässig</translation>
    </message>
    <message>
        <source>holds the control character %1, which this field does not allow%2</source>
        <translation>enthält das Steuerzeichen %1, das dieses Feld nicht zulässt%2</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>ist kein Feld dieses Datensatzes</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein gültiges Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time with a time zone (e.g. 2026-03-01T09:30:00Z)</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit und Zeitzone (z. B. 2026-03-01T09:30:00Z)</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>„%1“ ist kein Sprachcode nach ISO 639-1</translation>
    </message>
    <message>
        <source>must be a SHA-256 in lower-case hex</source>
        <translation>muss ein SHA-256 in hexadezimaler Kleinschreibung sein</translation>
    </message>
    <message>
        <source>%1 has a text in &quot;%2&quot; twice</source>
        <translation>%1 enthält zweimal einen Text in „%2“</translation>
    </message>
    <message>
        <source>withdrawn_at and withdrawn_by are given together or not at all</source>
        <translation>withdrawn_at und withdrawn_by werden zusammen oder gar nicht angegeben</translation>
    </message>
    <message>
        <source> At least %1 problems; the first %2:</source>
        <translation> Mindestens %1 Probleme; die ersten %2:</translation>
    </message>
    <message>
        <source> %1 problem(s), the first %2:</source>
        <translation> %1 Problem(e), die ersten %2:</translation>
    </message>
    <message>
        <source> %1 problem(s):</source>
        <translation> %1 Problem(e):</translation>
    </message>
    <message>
        <source>
  … and more: checking stopped after %1 problems</source>
        <translation>
  … und weitere: Die Prüfung wurde nach %1 Problemen beendet</translation>
    </message>
    <message>
        <source>; %1 more records were not checked.</source>
        <translation>; %1 weitere Datensätze wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>
  … and %1 more.</source>
        <translation>
  … und %1 weitere.</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Could not write the interchange file: %1.</source>
        <translation>Die Austauschdatei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB.</source>
        <translation>%1 ist größer als 1 GiB.</translation>
    </message>
    <message>
        <source>Nothing was imported; the register is unchanged.</source>
        <translation>Es wurde nichts importiert; das Register ist unverändert.</translation>
    </message>
    <message>
        <source> The file is larger than 1 GiB.</source>
        <translation> Die Datei ist größer als 1 GiB.</translation>
    </message>
    <message>
        <source> The file is not valid JSON: %1.%2</source>
        <translation> Die Datei ist kein gültiges JSON: %1.%2</translation>
    </message>
    <message>
        <source> Was it cut short?</source>
        <translation> Wurde sie abgeschnitten?</translation>
    </message>
    <message>
        <source> The file must hold one JSON object.</source>
        <translation> Die Datei muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1: is not a part of the interchange format</source>
        <translation>%1: ist kein Bestandteil des Austauschformats</translation>
    </message>
    <message>
        <source>%1: is given more than once</source>
        <translation>%1: ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source> This is not an MLA Desk interchange file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation> Dies ist keine MLA-Desk-Austauschdatei („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source> Interchange &quot;version&quot; must be the number %1, not the text &quot;%2&quot; (write &quot;version&quot;: %1, without quotes).</source>
        <translation> Die Austausch-„version“ muss die Zahl %1 sein, nicht der Text „%2“ (schreiben Sie &quot;version&quot;: %1, ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source> Interchange version %1 is not supported (this MLA Desk reads version %2).</source>
        <translation> Die Austauschversion %1 wird nicht unterstützt (dieses MLA Desk liest Version %2).</translation>
    </message>
    <message>
        <source>%1[%2].%3: &quot;%4&quot; is already in the register</source>
        <translation>%1[%2].%3: „%4“ ist bereits im Register</translation>
    </message>
    <message>
        <source>%1[%2].%3: &quot;%4&quot; is a duplicate of %1[%5]</source>
        <translation>%1[%2].%3: „%4“ ist ein Duplikat von %1[%5]</translation>
    </message>
    <message>
        <source>%1.%2: %3 &quot;%4&quot; is neither in the file nor in the register</source>
        <translation>%1.%2: %3 „%4“ ist weder in der Datei noch im Register</translation>
    </message>
    <message>
        <source>translations: request &quot;%1&quot; is not in the file</source>
        <translation>translations: Ersuchen „%1“ ist nicht in der Datei</translation>
    </message>
    <message>
        <source>%1.text_language: &quot;%2&quot; is not an ISO 639-1 language code</source>
        <translation>%1.text_language: „%2“ ist kein Sprachcode nach ISO 639-1</translation>
    </message>
    <message>
        <source>approvals: request &quot;%1&quot; is not in the file</source>
        <translation>approvals: Ersuchen „%1“ ist nicht in der Datei</translation>
    </message>
    <message>
        <source>.approvals: only an outgoing request is approved</source>
        <translation>.approvals: Nur ein ausgehendes Ersuchen wird genehmigt</translation>
    </message>
    <message>
        <source>%1.approvals[%2].at: two approvals at the same time</source>
        <translation>%1.approvals[%2].at: zwei Genehmigungen zum selben Zeitpunkt</translation>
    </message>
    <message>
        <source>.approvals: more than one approval is current (not withdrawn)</source>
        <translation>.approvals: Mehr als eine Genehmigung ist gültig (nicht zurückgenommen)</translation>
    </message>
    <message>
        <source>requests[%1] (&quot;%2&quot;).status: &quot;approved&quot; needs a prosecutor&apos;s approval on record, and the file carries none</source>
        <translation>requests[%1] („%2“).status: „approved“ setzt eine erfasste Genehmigung durch eine Staatsanwältin oder einen Staatsanwalt voraus, und die Datei enthält keine</translation>
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
    <name>Rules</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; does not match the file name</source>
        <translation>%1: %2: „%3“ passt nicht zum Dateinamen</translation>
    </message>
    <message>
        <source>%1: no catalogue file for the instrument &quot;%2&quot;</source>
        <translation>%1: keine Katalogdatei für das Rechtsinstrument „%2“</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>kein gültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be outgoing or incoming</source>
        <translation>muss outgoing oder incoming sein</translation>
    </message>
    <message>
        <source>unknown urgency &quot;%1&quot;</source>
        <translation>unbekannte Dringlichkeit „%1“</translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot;</source>
        <translation>unbekannte Datenkategorie „%1“</translation>
    </message>
    <message>
        <source>no element &quot;%1&quot;</source>
        <translation>kein Element „%1“</translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot;</source>
        <translation>unbekanntes Rechtsinstrument „%1“</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be eu-1182-71 or calendar</source>
        <translation>muss eu-1182-71 oder calendar sein</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>„%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>unbekannte Prüfung „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be checked with &quot;%2&quot;</source>
        <translation>„%1“ kann nicht mit „%2“ geprüft werden</translation>
    </message>
    <message>
        <source>must be requested or requesting</source>
        <translation>muss requested oder requesting sein</translation>
    </message>
    <message>
        <source>must be in hours exactly when the period is</source>
        <translation>muss genau dann in Stunden angegeben sein, wenn die Frist es ist</translation>
    </message>
    <message>
        <source>must be western or orthodox</source>
        <translation>muss western oder orthodox sein</translation>
    </message>
    <message>
        <source>an nth-weekday rule needs month, weekday and nth (1-5 or -1)</source>
        <translation>eine nth-weekday-Regel braucht month, weekday und nth (1 bis 5 oder -1)</translation>
    </message>
    <message>
        <source>a fixed holiday needs a valid month and day</source>
        <translation>ein fester Feiertag braucht einen gültigen Monat und Tag</translation>
    </message>
    <message>
        <source>must be next-weekday or nearest-weekday</source>
        <translation>muss next-weekday oder nearest-weekday sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 code</source>
        <translation>„%1“ ist kein Code nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation>„%1“ ist keine IANA-Zeitzone</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>unbekanntes Rechtsinstrument</translation>
    </message>
    <message>
        <source>must be a non-empty list of language codes</source>
        <translation>muss eine nicht leere Liste von Sprachcodes sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 code</source>
        <translation>„%1“ ist kein Code nach ISO 639-1</translation>
    </message>
    <message>
        <source>must be eu-1182-71 when given</source>
        <translation>muss eu-1182-71 sein, wenn angegeben</translation>
    </message>
    <message>
        <source>must list ISO weekdays 1-7</source>
        <translation>muss ISO-Wochentage 1 bis 7 auflisten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the year (MM-DD).</source>
        <translation>„%1“ ist kein Tag des Jahres (MM-TT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a holiday rule. Write a date as 12-25, a day after Easter as Easter+1 (or Orthodox Easter+1), or a weekday of a month as 4th Thu Nov or last Mon May.</source>
        <translation>„%1“ ist keine Feiertagsregel. Schreiben Sie ein Datum als 12-25, einen Tag nach Ostern als Easter+1 (oder Orthodox Easter+1) oder einen Wochentag eines Monats als 4th Thu Nov oder last Mon May.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>must say which requests it forbids</source>
        <translation>muss angeben, welche Ersuchen es ausschließt</translation>
    </message>
    <message>
        <source>must be hours, days, weeks or working-days</source>
        <translation>muss hours, days, weeks oder working-days sein</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>This is not a certificate (empty, or larger than 64 KiB).</source>
        <translation>Dies ist kein Zertifikat (leer oder größer als 64 KiB).</translation>
    </message>
    <message>
        <source>This is not a DER or PEM X.509 certificate, or it is damaged.</source>
        <translation>Dies ist kein X.509-Zertifikat in DER oder PEM, oder es ist beschädigt.</translation>
    </message>
    <message>
        <source>The certificate file is larger than 4 MiB.</source>
        <translation>Die Zertifikatsdatei ist größer als 4 MiB.</translation>
    </message>
    <message>
        <source>No certificate found: the file has no readable &quot;BEGIN CERTIFICATE&quot; block.</source>
        <translation>Kein Zertifikat gefunden: Die Datei enthält keinen lesbaren Block „BEGIN CERTIFICATE“.</translation>
    </message>
    <message>
        <source>The folder %1 holds no .pem, .crt, .cer or .der file.</source>
        <translation>Der Ordner %1 enthält keine .pem-, .crt-, .cer- oder .der-Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged (%2). Restore it from a backup of this register; without it the register cannot be opened.</source>
        <translation>Die Schlüsselplatzdatei %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung dieses Registers wieder her; ohne sie kann das Register nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB). Close other programs and try again.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten (Argon2id benötigt %1 MiB). Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A key slot has the wrong size.</source>
        <translation>Ein Schlüsselplatz hat die falsche Größe.</translation>
    </message>
    <message>
        <source>The key does not open this slot.</source>
        <translation>Der Schlüssel öffnet diesen Schlüsselplatz nicht.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already has a key slot in this register.</source>
        <translation>Benutzer „%1“ hat bereits einen Schlüsselplatz in diesem Register.</translation>
    </message>
    <message>
        <source>This register has no user &quot;%1&quot;.</source>
        <translation>Dieses Register hat keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the register&apos;s only user.</source>
        <translation>„%1“ ist der einzige Benutzer des Registers.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Die Passphrase ist falsch. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret remembered on this computer no longer opens this register.</source>
        <translation>Das auf diesem Computer gemerkte Geheimnis öffnet dieses Register nicht mehr.</translation>
    </message>
    <message>
        <source>Could not write the key-slot file %1: %2. Check that the disk has space and the folder is writable.</source>
        <translation>Die Schlüsselplatzdatei %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>sie fehlt</translation>
    </message>
    <message>
        <source>Could not read the key-slot file %1: %2.</source>
        <translation>Die Schlüsselplatzdatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>sie ist viel zu groß</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a key-slot file</source>
        <translation>keine Schlüsselplatzdatei</translation>
    </message>
    <message>
        <source>unknown version %1; a newer MLA Desk may be needed</source>
        <translation>unbekannte Version %1; möglicherweise wird ein neueres MLA Desk benötigt</translation>
    </message>
    <message>
        <source>no register id</source>
        <translation>keine Register-ID</translation>
    </message>
    <message>
        <source>unknown slot kind &quot;%1&quot;</source>
        <translation>unbekannte Art von Schlüsselplatz „%1“</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>unbekannte Schlüsselableitung</translation>
    </message>
    <message>
        <source>a slot asks for an unreasonable Argon2id cost</source>
        <translation>ein Schlüsselplatz verlangt unvertretbar hohe Argon2id-Kosten</translation>
    </message>
    <message>
        <source>a slot has a salt of the wrong size</source>
        <translation>ein Schlüsselplatz hat ein Salt falscher Größe</translation>
    </message>
    <message>
        <source>it holds no passphrase slot</source>
        <translation>sie enthält keinen Passphrase-Schlüsselplatz</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Enter the register&apos;s passphrase instead; nothing was stored outside the keychain.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden (%1). Geben Sie stattdessen die Passphrase des Registers ein; außerhalb des Schlüsselbunds wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This register is not remembered on this computer.</source>
        <translation>Dieses Register ist auf diesem Computer nicht gemerkt.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation>Die Passphrase-Datei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty; its first line must hold the passphrase.</source>
        <translation>Die Passphrase-Datei %1 ist leer; ihre erste Zeile muss die Passphrase enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>er hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>er hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The register is locked.</source>
        <translation>Das Register ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) darf nicht %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;.</source>
        <translation>Unbekanntes Instrument „%1“.</translation>
    </message>
    <message>
        <source>A new outgoing request starts as a draft, not &quot;%1&quot;: it is approved and sent through the workflow.</source>
        <translation>Ein neues ausgehendes Ersuchen beginnt als Entwurf, nicht als „%1“: Es wird über den Arbeitsablauf genehmigt und versandt.</translation>
    </message>
    <message>
        <source>A change of status goes through the workflow&apos;s actions, not an edit.</source>
        <translation>Ein Statuswechsel erfolgt über die Aktionen des Arbeitsablaufs, nicht durch Bearbeiten.</translation>
    </message>
    <message>
        <source>Approval needs a prosecutor who did not draft the request, confirming with their passphrase.</source>
        <translation>Die Genehmigung erfordert einen Staatsanwalt, der das Ersuchen nicht entworfen hat und mit seiner Passphrase bestätigt.</translation>
    </message>
    <message>
        <source>The approval must be confirmed by %1.</source>
        <translation>Die Genehmigung muss von %1 bestätigt werden.</translation>
    </message>
    <message>
        <source>Only outgoing requests are approved.</source>
        <translation>Nur ausgehende Ersuchen werden genehmigt.</translation>
    </message>
    <message>
        <source>Request %1 is &quot;%2&quot;; it must be in review to be approved.</source>
        <translation>Das Ersuchen %1 hat den Status „%2“; es muss in Prüfung sein, um genehmigt zu werden.</translation>
    </message>
    <message>
        <source>No drafter is on record for request %1, so four eyes cannot be shown. Move it back to draft; whoever submits it for review again is recorded as its drafter.</source>
        <translation>Für das Ersuchen %1 ist kein Verfasser erfasst, daher lässt sich das Vier-Augen-Prinzip nicht nachweisen. Setzen Sie es auf Entwurf zurück; wer es erneut zur Prüfung vorlegt, wird als Verfasser erfasst.</translation>
    </message>
    <message>
        <source>%1 changed request %2 since it was last approved and cannot also approve it: a prosecutor who did not write it must (four eyes).</source>
        <translation>%1 hat das Ersuchen %2 seit der letzten Genehmigung geändert und kann es nicht auch genehmigen: Das muss ein Staatsanwalt tun, der es nicht verfasst hat (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>%1 drafted request %2 and cannot also approve it: a second prosecutor must (four eyes).</source>
        <translation>%1 hat das Ersuchen %2 entworfen und kann es nicht auch genehmigen: Das muss ein zweiter Staatsanwalt tun (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>%1 is %2 but no prosecutor&apos;s approval is on record for it in this register (it came in by an import, or its approval was withdrawn): it cannot go out. Move it back to draft and have it approved.</source>
        <translation>%1 hat den Status %2, aber in diesem Register ist keine Genehmigung durch einen Staatsanwalt erfasst (es kam durch einen Import, oder die Genehmigung wurde zurückgezogen): Es kann nicht versandt werden. Setzen Sie es auf Entwurf zurück und lassen Sie es genehmigen.</translation>
    </message>
    <message>
        <source>%1 was changed after %2 approved it: it cannot go out as approved. Move it back to draft and have the changed request approved.</source>
        <translation>%1 wurde geändert, nachdem %2 es genehmigt hatte: Es kann nicht als genehmigt versandt werden. Setzen Sie es auf Entwurf zurück und lassen Sie das geänderte Ersuchen genehmigen.</translation>
    </message>
    <message>
        <source>%1 was approved by %2, who is not a prosecutor of this register other than its drafter (an approval a restore carried counts once an administrator has made %2 a prosecutor here): it cannot go out. Move it back to draft and have it approved.</source>
        <translation>%1 wurde von %2 genehmigt, der in diesem Register kein vom Verfasser verschiedener Staatsanwalt ist (eine durch eine Wiederherstellung übernommene Genehmigung zählt, sobald ein Administrator %2 hier zum Staatsanwalt gemacht hat): Es kann nicht versandt werden. Setzen Sie es auf Entwurf zurück und lassen Sie es genehmigen.</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent: it lacks what its instrument requires. %2.</source>
        <translation>Das Ersuchen %1 kann nicht versandt werden: Ihm fehlt, was sein Instrument verlangt. %2.</translation>
    </message>
    <message>
        <source>Request %1 cannot be approved: it lacks what its instrument requires. %2.</source>
        <translation>Das Ersuchen %1 kann nicht genehmigt werden: Ihm fehlt, was sein Instrument verlangt. %2.</translation>
    </message>
    <message>
        <source>%1 is the last administrator of this register; make someone else an administrator first.</source>
        <translation>%1 ist der letzte Administrator dieses Registers; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>A user needs a name on one line.</source>
        <translation>Ein Benutzer braucht einen Namen in einer Zeile.</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Unlock the register first.</source>
        <translation>Entsperren Sie zuerst das Register.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a key slot but no role in this register. Ask an administrator to give you one.</source>
        <translation>„%1“ hat einen Schlüsselplatz, aber keine Rolle in diesem Register. Bitten Sie einen Administrator, Ihnen eine zuzuweisen.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is wrong; nothing was approved.</source>
        <translation>Die Passphrase von %1 ist falsch; nichts wurde genehmigt.</translation>
    </message>
    <message>
        <source>Only %1 can change their own passphrase.</source>
        <translation>Nur %1 kann die eigene Passphrase ändern.</translation>
    </message>
    <message>
        <source>A request cannot have been sent in the future (%1).</source>
        <translation>Ein Ersuchen kann nicht in der Zukunft versandt worden sein (%1).</translation>
    </message>
</context>
<context>
    <name>StatePicker</name>
    <message>
        <source>(no state)</source>
        <translation>(kein Staat)</translation>
    </message>
    <message>
        <source>Type a state&apos;s name or code</source>
        <translation>Name oder Code eines Staates eingeben</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The attachment &quot;%1&quot; (%2) is damaged: %3. Its content cannot be trusted and was not used; restore the file from a backup of the register or ask the sender for it again.</source>
        <translation>Der Anhang „%1“ (%2) ist beschädigt: %3. Seinem Inhalt kann nicht vertraut werden, er wurde nicht verwendet; stellen Sie die Datei aus einer Sicherung des Registers wieder her oder fordern Sie sie beim Absender erneut an.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file; attach files one by one.</source>
        <translation>%1 ist keine Datei; hängen Sie Dateien einzeln an.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Das Ersuchen %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The data received under request %1 were purged on %2 at the end of their retention; nothing more can be attached to it.</source>
        <translation>Die aufgrund des Ersuchens %1 erhaltenen Daten wurden am %2 mit Ablauf ihrer Aufbewahrungsfrist gelöscht; es kann nichts mehr angehängt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the encrypted attachment %1: %2. Nothing was attached; check the free disk space.</source>
        <translation>Der verschlüsselte Anhang %1 konnte nicht geschrieben werden: %2. Es wurde nichts angehängt; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2. Nothing was attached.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>storing an attachment</source>
        <translation>Speichern eines Anhangs</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; was destroyed%2 at the end of its retention: its key is gone and its content can no longer be read.</source>
        <translation>Der Anhang „%1“ wurde%2 mit Ablauf seiner Aufbewahrungsfrist vernichtet: Sein Schlüssel ist gelöscht, sein Inhalt kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>reading an attachment key</source>
        <translation>Lesen eines Anhangsschlüssels</translation>
    </message>
    <message>
        <source>its key in the register is not a 256-bit key</source>
        <translation>sein Schlüssel im Register ist kein 256-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>its file %1 is missing</source>
        <translation>seine Datei %1 fehlt</translation>
    </message>
    <message>
        <source>it is not an MLA Desk attachment file</source>
        <translation>es ist keine Anhangsdatei von MLA Desk</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>ihr Header ist ungültig</translation>
    </message>
    <message>
        <source>it is cut short (its end is missing)</source>
        <translation>sie ist abgeschnitten (ihr Ende fehlt)</translation>
    </message>
    <message>
        <source>a part of it at byte %1 fails its authentication check</source>
        <translation>ein Teil bei Byte %1 besteht die Authentizitätsprüfung nicht</translation>
    </message>
    <message>
        <source>it holds more data than was recorded</source>
        <translation>sie enthält mehr Daten als erfasst</translation>
    </message>
    <message>
        <source>Could not write the attachment &quot;%1&quot;: %2.</source>
        <translation>Der Anhang „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>there are bytes after its end</source>
        <translation>nach ihrem Ende folgen weitere Bytes</translation>
    </message>
    <message>
        <source>its size is %1 bytes, %2 were recorded</source>
        <translation>ihre Größe beträgt %1 Byte, erfasst wurden %2</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the one recorded</source>
        <translation>ihr SHA-256 weicht vom erfassten ab</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Der Anhang %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not %1 the attachment file %2: %3. Remove it by hand; its key is already destroyed.</source>
        <translation>Die Anhangsdatei %2 konnte nicht %1 werden: %3. Entfernen Sie sie von Hand; ihr Schlüssel ist bereits vernichtet.</translation>
    </message>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>Der Datenbankschlüssel muss 256 Bit lang sein.</translation>
    </message>
    <message>
        <source>The register&apos;s database %1 is missing. Restore it from a backup.</source>
        <translation>Die Datenbank %1 des Registers fehlt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (SQLCipher is required). Refusing to store a register unencrypted.</source>
        <translation>Diese SQLite-Bibliothek bietet keine Verschlüsselung (SQLCipher ist erforderlich). Ein Register wird nie unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>The register&apos;s database is damaged or is not an MLA Desk database (%1 while %2). Nothing was changed. Open a backup of the register.</source>
        <translation>Die Datenbank des Registers ist beschädigt oder keine MLA-Desk-Datenbank (%1 beim %2). Es wurde nichts geändert. Öffnen Sie eine Sicherung des Registers.</translation>
    </message>
    <message>
        <source>The disk is full (while %1). Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll (beim %1). Es wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The register could not be written or read (%1 while %2). Check the disk and the folder&apos;s permissions.</source>
        <translation>Das Register konnte nicht geschrieben oder gelesen werden (%1 beim %2). Prüfen Sie den Datenträger und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>%1 (while %2).</source>
        <translation>%1 (beim %2).</translation>
    </message>
    <message>
        <source>The register is in use by another program (while %1). Close it there and try again.</source>
        <translation>Das Register wird von einem anderen Programm verwendet (beim %1). Schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation>Datenbankfehler beim %1: %2.</translation>
    </message>
    <message>
        <source>No request %1 to store deadlines for.</source>
        <translation>Kein Ersuchen %1, für das Fristen gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>Request %1 has no &quot;%2&quot; deadline. Its deadlines are: %3.</source>
        <translation>Das Ersuchen %1 hat keine Frist „%2“. Seine Fristen sind: %3.</translation>
    </message>
    <message>
        <source>none yet (record the event they count from)</source>
        <translation>noch keine (erfassen Sie das Ereignis, ab dem sie laufen)</translation>
    </message>
    <message>
        <source>The adjustment needs a date and time.</source>
        <translation>Die Anpassung benötigt Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; date is changed where it is recorded, not adjusted.</source>
        <translation>Das Datum „%1“ wird dort geändert, wo es erfasst ist, nicht angepasst.</translation>
    </message>
    <message>
        <source>The clock of &quot;%1&quot; is already stopped.</source>
        <translation>Der Fristlauf von „%1“ ist bereits gehemmt.</translation>
    </message>
    <message>
        <source>The clock cannot stop before the period started (%1).</source>
        <translation>Der Fristlauf kann nicht vor Fristbeginn gehemmt werden (%1).</translation>
    </message>
    <message>
        <source>The clock of &quot;%1&quot; is not stopped.</source>
        <translation>Der Fristlauf von „%1“ ist nicht gehemmt.</translation>
    </message>
    <message>
        <source>Give the reason (for example the clarification awaited, or the reasons given for the extension).</source>
        <translation>Geben Sie den Grund an (zum Beispiel die erwartete Klarstellung oder die Gründe für die Verlängerung).</translation>
    </message>
    <message>
        <source>The register&apos;s database is damaged: its integrity check failed (%1). Open a backup of the register.</source>
        <translation>Die Datenbank des Registers ist beschädigt: Ihre Integritätsprüfung ist fehlgeschlagen (%1). Öffnen Sie eine Sicherung des Registers.</translation>
    </message>
    <message>
        <source>This register has schema version %1, but this MLA Desk knows only up to version %2. Open it with a newer MLA Desk.</source>
        <translation>Dieses Register hat die Schemaversion %1, dieses MLA Desk kennt jedoch nur Versionen bis %2. Öffnen Sie es mit einem neueren MLA Desk.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Migrating the register to schema version %1 failed; it is unchanged. %2</source>
        <translation>Die Migration des Registers auf Schemaversion %1 ist fehlgeschlagen; es ist unverändert. %2</translation>
    </message>
    <message>
        <source>the key-slot file could not be written</source>
        <translation>die Schlüsselplatzdatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Unlock the register first.</source>
        <translation>Entsperren Sie zuerst das Register.</translation>
    </message>
    <message>
        <source>the system keychain refused the key</source>
        <translation>der Schlüsselbund des Systems hat den Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot; is not valid:
  %2</source>
        <translation>Das Ersuchen „%1“ ist nicht gültig:
  %2</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; to update.</source>
        <translation>Es gibt kein Ersuchen „%1“, das aktualisiert werden könnte.</translation>
    </message>
    <message>
        <source>Request %1 cannot go from &quot;%2&quot; to &quot;%3&quot;. From &quot;%2&quot; it can go to: %4.</source>
        <translation>Das Ersuchen %1 kann nicht von „%2“ zu „%3“ übergehen. Von „%2“ aus kann es übergehen zu: %4.</translation>
    </message>
    <message>
        <source>nothing (it is closed)</source>
        <translation>nichts (es ist abgeschlossen)</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; in this register. &quot;mladesk-cli list&quot; shows the ids and references.</source>
        <translation>In diesem Register gibt es kein Ersuchen „%1“. „mladesk-cli list“ zeigt die IDs und Aktenzeichen.</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot;.</source>
        <translation>Es gibt kein Ersuchen „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code.</source>
        <translation>„%1“ ist kein Sprachcode nach ISO 639-1.</translation>
    </message>
    <message>
        <source>Request %1 has translations into &quot;%2&quot;: remove them before saying the request is written in it.</source>
        <translation>Das Ersuchen %1 hat Übersetzungen in „%2“: Entfernen Sie diese, bevor Sie angeben, dass das Ersuchen in dieser Sprache abgefasst ist.</translation>
    </message>
    <message>
        <source>The %1 text of request %2 is not valid: %3</source>
        <translation>Der Text %1 des Ersuchens %2 ist nicht gültig: %3</translation>
    </message>
    <message>
        <source>The basis of a retention is &quot;instrument&quot; or &quot;case-decision&quot; (an extension is made with extend).</source>
        <translation>Grundlage einer Aufbewahrungsfrist ist „instrument“ oder „case-decision“ (eine Verlängerung erfolgt mit extend).</translation>
    </message>
    <message>
        <source>A reminder more than %1 days ahead is not a reminder.</source>
        <translation>Eine Erinnerung mehr als %1 Tage im Voraus ist keine Erinnerung.</translation>
    </message>
    <message>
        <source>The data of request %1 were purged on %2; there is no retention left to decide.</source>
        <translation>Die Daten des Ersuchens %1 wurden am %2 gelöscht; es ist keine Aufbewahrungsfrist mehr festzulegen.</translation>
    </message>
    <message>
        <source>A case decision sets the date until which the data are kept: give it.</source>
        <translation>Eine Entscheidung im Verfahren bestimmt das Datum, bis zu dem die Daten aufbewahrt werden: Geben Sie es an.</translation>
    </message>
    <message>
        <source>The instrument of request %1 (%2%3) sets no retention period: the case decision must set the date until which the data are kept.</source>
        <translation>Das Rechtsinstrument des Ersuchens %1 (%2%3) legt keine Aufbewahrungsfrist fest: Die Entscheidung im Verfahren muss das Datum bestimmen, bis zu dem die Daten aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The retention of %1 days (%2) counts from the &quot;produced&quot; or &quot;executed&quot; event, which request %3 does not have yet: record it, or give the date.</source>
        <translation>Die Aufbewahrungsfrist von %1 Tagen (%2) läuft ab dem Ereignis „produced“ oder „executed“, das beim Ersuchen %3 noch fehlt: Erfassen Sie es oder geben Sie das Datum an.</translation>
    </message>
    <message>
        <source>The retention of request %1 already ends on %2. To keep the data longer, extend it, with the reason.</source>
        <translation>Die Aufbewahrungsfrist des Ersuchens %1 endet bereits am %2. Um die Daten länger aufzubewahren, verlängern Sie sie mit Begründung.</translation>
    </message>
    <message>
        <source>No retention is set for request %1; set it before extending it.</source>
        <translation>Für das Ersuchen %1 ist keine Aufbewahrungsfrist festgelegt; legen Sie sie fest, bevor Sie sie verlängern.</translation>
    </message>
    <message>
        <source>The data of request %1 were purged on %2; they cannot be kept longer.</source>
        <translation>Die Daten des Ersuchens %1 wurden am %2 gelöscht; sie können nicht länger aufbewahrt werden.</translation>
    </message>
    <message>
        <source>An extension keeps the data longer: give a date later than the current end of retention, %1.</source>
        <translation>Eine Verlängerung bewahrt die Daten länger auf: Geben Sie ein Datum nach dem derzeitigen Ende der Aufbewahrungsfrist, %1, an.</translation>
    </message>
    <message>
        <source>Give the reason for keeping the data longer.</source>
        <translation>Geben Sie den Grund für die längere Aufbewahrung der Daten an.</translation>
    </message>
    <message>
        <source>Give the reason for destroying the data (for example the end of the retention decided in the case).</source>
        <translation>Geben Sie den Grund für die Vernichtung der Daten an (zum Beispiel das Ende der im Verfahren festgelegten Aufbewahrungsfrist).</translation>
    </message>
    <message>
        <source>The data of request %1 were already purged on %2 by %3; there is nothing left to destroy.</source>
        <translation>Die Daten des Ersuchens %1 wurden bereits am %2 von %3 gelöscht; es gibt nichts mehr zu vernichten.</translation>
    </message>
    <message>
        <source>The backup %1 still holds the purged data: it could not be changed (%2). Delete that backup, or purge it by hand.</source>
        <translation>Die Sicherung %1 enthält die gelöschten Daten noch: Sie konnte nicht geändert werden (%2). Löschen Sie diese Sicherung oder bereinigen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>Lesen der vertrauenswürdigen Zertifikate</translation>
    </message>
    <message>
        <source>A certificate in the trust store is damaged: %1</source>
        <translation>Ein vertrauenswürdiges Zertifikat ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The certificate %1 (%2) is in the trust store already.</source>
        <translation>Das Zertifikat %1 (%2) ist bereits unter den vertrauenswürdigen Zertifikaten.</translation>
    </message>
    <message>
        <source>adding a trusted certificate</source>
        <translation>Hinzufügen eines vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>No certificate in the trust store has the fingerprint %1; &quot;trust list&quot; shows them.</source>
        <translation>Kein vertrauenswürdiges Zertifikat hat den Fingerabdruck %1; „trust list“ zeigt sie an.</translation>
    </message>
    <message>
        <source>its header (the first 32 bytes, with the log&apos;s page size and salts) does not verify, so none of its frames can be read, and the transactions committed in them would be lost if the register were opened now</source>
        <translation>sein Header (die ersten 32 Byte, mit Seitengröße und Salts des Protokolls) lässt sich nicht verifizieren, daher kann keiner seiner Frames gelesen werden, und die darin bestätigten Transaktionen gingen verloren, wenn das Register jetzt geöffnet würde</translation>
    </message>
    <message>
        <source>frame %1 of %2 cannot be read, and the transactions committed from it on would be lost if the register were opened now</source>
        <translation>Frame %1 von %2 kann nicht gelesen werden, und die ab ihm bestätigten Transaktionen gingen verloren, wenn das Register jetzt geöffnet würde</translation>
    </message>
    <message>
        <source>it holds %1 whole frames, but the index %2-shm of the program that last wrote it says %3 were committed: the log was cut short, and the transactions committed after frame %4 would be lost if the register were opened now</source>
        <translation>es enthält %1 vollständige Frames, der Index %2-shm des Programms, das es zuletzt geschrieben hat, gibt jedoch %3 bestätigte an: Das Protokoll wurde abgeschnitten, und die nach Frame %4 bestätigten Transaktionen gingen verloren, wenn das Register jetzt geöffnet würde</translation>
    </message>
    <message>
        <source>The register&apos;s write-ahead log %1 is damaged: %2. Nothing was changed: the register&apos;s files are exactly as they were. First make a rescue copy: copy the whole folder %3 somewhere safe (it still holds those transactions). Then open a backup of the register. docs/register.md (&quot;A damaged register&quot;) says how to recover.</source>
        <translation>Das Write-Ahead-Log %1 des Registers ist beschädigt: %2. Es wurde nichts geändert: Die Dateien des Registers sind genau wie zuvor. Erstellen Sie zuerst eine Sicherungskopie: Kopieren Sie den gesamten Ordner %3 an einen sicheren Ort (er enthält diese Transaktionen noch). Öffnen Sie dann eine Sicherung des Registers. docs/register.md („A damaged register“) beschreibt die Wiederherstellung.</translation>
    </message>
    <message>
        <source>A reader opens no other reader.</source>
        <translation>Ein Leser öffnet keinen weiteren Leser.</translation>
    </message>
    <message>
        <source>The files and backups of the purged data were not reached: this connection only reads.</source>
        <translation>Die Dateien und Sicherungen der gelöschten Daten wurden nicht erreicht: Diese Verbindung liest nur.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this register.</source>
        <translation>In diesem Register gibt es kein(e) %1 „%2“.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid:
  %3</source>
        <translation>%1 „%2“ ist nicht gültig:
  %3</translation>
    </message>
    <message>
        <source>This is not a readable MLA Desk backup (%1). Nothing was restored; use another copy of the backup.</source>
        <translation>Dies ist keine lesbare MLA-Desk-Sicherung (%1). Nichts wurde wiederhergestellt; verwenden Sie eine andere Kopie der Sicherung.</translation>
    </message>
    <message>
        <source>the archive ends inside a file</source>
        <translation>das Archiv endet mitten in einer Datei</translation>
    </message>
    <message>
        <source>Could not read %1 for the backup: %2</source>
        <translation>%1 konnte für die Sicherung nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>it ends without the end-of-archive blocks</source>
        <translation>sie endet ohne die Blöcke am Archivende</translation>
    </message>
    <message>
        <source>a header&apos;s checksum is wrong</source>
        <translation>die Prüfsumme eines Kopfes ist falsch</translation>
    </message>
    <message>
        <source>a header is not a ustar header</source>
        <translation>ein Kopf ist kein ustar-Kopf</translation>
    </message>
    <message>
        <source>the size of %1 is impossible</source>
        <translation>die Größe von %1 ist unmöglich</translation>
    </message>
    <message>
        <source>the folder %1 has a size</source>
        <translation>der Ordner %1 hat eine Größe</translation>
    </message>
    <message>
        <source>%1 is not a regular file (links and devices are refused)</source>
        <translation>%1 ist keine gewöhnliche Datei (Verknüpfungen und Geräte werden abgelehnt)</translation>
    </message>
    <message>
        <source>it holds %1, which a backup does not</source>
        <translation>sie enthält %1, was eine Sicherung nicht enthält</translation>
    </message>
    <message>
        <source>it holds %1 twice</source>
        <translation>sie enthält %1 zweimal</translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation>sie enthält mehr als %1 Dateien</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that the location is writable.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der Ort beschreibbar ist.</translation>
    </message>
    <message>
        <source>its backup.json is not an MLA Desk backup manifest</source>
        <translation>ihre backup.json ist kein Sicherungsmanifest von MLA Desk</translation>
    </message>
    <message>
        <source>it was made by a newer MLA Desk (format %1); update MLA Desk</source>
        <translation>sie wurde von einem neueren MLA Desk erstellt (Format %1); aktualisieren Sie MLA Desk</translation>
    </message>
    <message>
        <source>its backup.json lists %1</source>
        <translation>ihre backup.json nennt %1</translation>
    </message>
    <message>
        <source>its backup.json is incomplete</source>
        <translation>ihre backup.json ist unvollständig</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>its backup.json is larger than %1 bytes</source>
        <translation>ihre backup.json ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>%1 comes after backup.json</source>
        <translation>%1 steht nach backup.json</translation>
    </message>
    <message>
        <source>the archive ends inside %1</source>
        <translation>das Archiv endet mitten in %1</translation>
    </message>
    <message>
        <source>it has no backup.json</source>
        <translation>sie hat keine backup.json</translation>
    </message>
    <message>
        <source>%1 is missing from it</source>
        <translation>%1 fehlt darin</translation>
    </message>
    <message>
        <source>%1 is not as it was when the backup was made</source>
        <translation>%1 ist nicht mehr so wie bei der Sicherung</translation>
    </message>
    <message>
        <source>it holds %1, which its backup.json does not list</source>
        <translation>sie enthält %1, das ihre backup.json nicht nennt</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose another name, or move that file away.</source>
        <translation>%1 gibt es bereits; eine Sicherung ersetzt nie eine Datei. Wählen Sie einen anderen Namen oder verschieben Sie diese Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>In %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Rechte des Ordners.</translation>
    </message>
    <message>
        <source>The key slots belong to another register.</source>
        <translation>Die Schlüsselplätze gehören zu einem anderen Register.</translation>
    </message>
    <message>
        <source>The backup %1 did not read back as it was written (%2); it was removed. Check the disk and try again.</source>
        <translation>Die Sicherung %1 ließ sich nicht so zurücklesen, wie sie geschrieben wurde (%2); sie wurde entfernt. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>beim Beginn der Sicherung</translation>
    </message>
    <message>
        <source>Could not copy the register for the backup: %1. Check the free disk space.</source>
        <translation>Das Register konnte für die Sicherung nicht kopiert werden: %1. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The backup&apos;s copy kept a write-ahead log.</source>
        <translation>Die Kopie der Sicherung hat ein Write-Ahead-Log behalten.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The attachment file %1 is missing (purged while the backup ran?). Nothing was written; make the backup again.</source>
        <translation>Die Anlagendatei %1 fehlt (während der Sicherung gelöscht?). Nichts wurde geschrieben; erstellen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Check the free disk space; nothing was left under that name.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz; unter diesem Namen blieb nichts zurück.</translation>
    </message>
    <message>
        <source>%1 exists already; a restore never replaces a register or a folder. Choose a new folder.</source>
        <translation>%1 gibt es bereits; eine Wiederherstellung ersetzt nie ein Register oder einen Ordner. Wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2</source>
        <translation>In %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>its key slots belong to another register</source>
        <translation>ihre Schlüsselplätze gehören zu einem anderen Register</translation>
    </message>
    <message>
        <source>Could not put the restored register at %1: %2. Nothing was replaced; choose a new folder.</source>
        <translation>Das wiederhergestellte Register konnte nicht nach %1 gelegt werden: %2. Nichts wurde ersetzt; wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>A reader makes no backup.</source>
        <translation>Ein Leser erstellt keine Sicherung.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>mladesk::AboutDialog</name>
    <message>
        <source>About MLA Desk</source>
        <translation>Über MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MLA Desk %1&lt;/h2&gt;&lt;p&gt;Cross-border requests for evidence: mutual legal assistance, European Investigation and Production Orders, Budapest Convention and CLOUD Act requests, in an encrypted register.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MLA Desk %1&lt;/h2&gt;&lt;p&gt;Grenzüberschreitende Ersuchen um Beweismittel: Rechtshilfe, Europäische Ermittlungs- und Herausgabeanordnungen, Ersuchen nach dem Budapester Übereinkommen und dem CLOUD Act, in einem verschlüsselten Register.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: %1. You may share and change MLA Desk under the terms of the GNU General Public License, version 3 or later; it comes with no warranty. The licences of the parts it is built on are listed in &lt;a href=&quot;file:///usr/share/doc/mladesk/copyright&quot;&gt;its copyright file&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: %1. Sie dürfen MLA Desk unter den Bedingungen der GNU General Public License, Version 3 oder später, weitergeben und verändern; es wird ohne jede Gewährleistung bereitgestellt. Die Lizenzen der Bestandteile, auf denen es aufbaut, stehen in &lt;a href=&quot;file:///usr/share/doc/mladesk/copyright&quot;&gt;seiner Copyright-Datei&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the version, build and libraries, for a support request</source>
        <translation>Version, Build und Bibliotheken kopieren, für eine Supportanfrage</translation>
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
    <message>
        <source>%1 working days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>Arbeitstage</translation>
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
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Staat:</translation>
    </message>
</context>
<context>
    <name>mladesk::AutomaticBackup</name>
    <message>
        <source>The folder for automatic backups, %1, is not there (a disk not connected?). Connect it, or choose another in Register › Back up….</source>
        <translation>Der Ordner für automatische Sicherungen, %1, ist nicht da (ein Datenträger nicht angeschlossen?). Schließen Sie ihn an oder wählen Sie einen anderen unter Register › Sichern….</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Automatische Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1; older ones deleted: %2</source>
        <translation>Automatische Sicherung geschrieben: %1; ältere gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>mladesk::BackupDialog</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Back up &amp;automatically</source>
        <translation>&amp;Automatisch sichern</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Register sichern</translation>
    </message>
    <message>
        <source>A backup is one file holding the whole register, encrypted as it is: it opens with the passphrase of any of its users. Keep it on another disk than the register. You can keep working while it is made.</source>
        <translation>Eine Sicherung ist eine einzige Datei mit dem ganzen Register, verschlüsselt wie es ist: sie öffnet sich mit der Passphrase jedes seiner Benutzer. Bewahren Sie sie auf einem anderen Datenträger als das Register auf. Sie können weiterarbeiten, während sie erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>To the &amp;folder:</source>
        <translation>In den &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Every (days):</source>
        <translation>&amp;Alle (Tage):</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Zu &amp;behaltende Sicherungen:</translation>
    </message>
    <message>
        <source>While this register is open on this computer, by a user who may back it up. Older automatic backups in that folder are deleted.</source>
        <translation>Solange dieses Register auf diesem Computer von einem Benutzer geöffnet ist, der es sichern darf. Ältere automatische Sicherungen in diesem Ordner werden gelöscht.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>MLA Desk backups (*%1)</source>
        <translation>MLA-Desk-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose another name.</source>
        <translation>%1 gibt es bereits; eine Sicherung ersetzt nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>&amp;Cancel the backup</source>
        <translation>Sicherung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1: %n request(s), %2 attachment(s), users %3; %4.
SHA-256: %5</source>
        <translation>
            <numerusform>Gesichert nach %1: %n Ersuchen, %2 Anlage(n), Benutzer %3; %4.
SHA-256: %5</numerusform>
            <numerusform>Gesichert nach %1: %n Ersuchen, %2 Anlage(n), Benutzer %3; %4.
SHA-256: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
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
    <message>
        <source>%1 accepts %2 for this request.</source>
        <translation>%1 akzeptiert %2 für dieses Ersuchen.</translation>
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
    <name>mladesk::IntegrityWatch</name>
    <message>
        <source>The register is locked.</source>
        <translation>Das Register ist gesperrt.</translation>
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
    <message>
        <source>U&amp;sers…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Meine &amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
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
    <message>
        <source>The request states</source>
        <translation>Das Ersuchen gibt an</translation>
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
    <message>
        <source>The request states:</source>
        <translation>Das Ersuchen gibt an:</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>Ersuchender Staat</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>Ersuchter Staat</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestListModel</name>
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
    <message numerus="yes">
        <source>Every text is reviewed in %1 (%n in all): a final document can be made in this language.</source>
        <translation>
            <numerusform>Der Text ist in %1 geprüft (%n insgesamt): Ein endgültiges Dokument kann in dieser Sprache erstellt werden.</numerusform>
            <numerusform>Alle Texte sind in %1 geprüft (%n insgesamt): Ein endgültiges Dokument kann in dieser Sprache erstellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 texts reviewed in %2. Until all are, the document in this language says DRAFT on every page.</source>
        <translation>
            <numerusform>%n von %1 Texten in %2 geprüft. Bis alle geprüft sind, trägt das Dokument in dieser Sprache auf jeder Seite den Vermerk ENTWURF.</numerusform>
            <numerusform>%n von %1 Texten in %2 geprüft. Bis alle geprüft sind, trägt das Dokument in dieser Sprache auf jeder Seite den Vermerk ENTWURF.</numerusform>
        </translation>
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
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>When did the request leave? The deadlines that run from its sending count from this moment (your time).</source>
        <translation>Wann ist das Ersuchen abgegangen? Die Fristen, die ab dem Versand laufen, werden ab diesem Zeitpunkt berechnet (Ihre Zeit).</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Versandt am:</translation>
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
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
</context>
<context>
    <name>mladesk::UserFormDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>A new passphrase for %1</source>
        <translation>Eine neue Passphrase für %1</translation>
    </message>
    <message>
        <source>Give it to %1 in person; they can change it afterwards with Register › Change my passphrase….</source>
        <translation>Übergeben Sie sie %1 persönlich; sie kann danach unter Register › Meine Passphrase ändern… geändert werden.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>the name they unlock with, e.g. anna.schmidt</source>
        <translation>der Name zum Entsperren, z. B. anna.schmidt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>This auditor may also read case content</source>
        <translation>Dieser Prüfer darf auch Fallinhalte lesen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Geben Sie dem Benutzer einen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>mladesk::UsersDialog</name>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Neue &amp;Passphrase…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Users of this register</source>
        <translation>Benutzer dieses Registers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source> (with case content)</source>
        <translation> (mit Fallinhalten)</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to unlock this register. What they did stays in the audit trail under their name.</source>
        <translation>%1 kann dieses Register nicht mehr entsperren. Was %1 getan hat, bleibt unter diesem Namen im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
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
