<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Audit</name>
    <message>
        <source>The anchor&apos;s signature could not be encoded.</source>
        <translation>La signature de l&apos;ancre n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>it does not say that its chain is intact (&quot;intact&quot;: true)</source>
        <translation>elle n&apos;indique pas que sa chaîne est intacte (« intact » : true)</translation>
    </message>
    <message>
        <source>it lists no entries</source>
        <translation>elle ne contient aucune entrée</translation>
    </message>
    <message>
        <source>item %1 of its entries has no entry number (seq)</source>
        <translation>l&apos;élément %1 de ses entrées n&apos;a pas de numéro d&apos;entrée (seq)</translation>
    </message>
    <message>
        <source>entry %1 has no text %2</source>
        <translation>l&apos;entrée %1 n&apos;a pas de texte %2</translation>
    </message>
    <message>
        <source>entry %1 has fields that its hash does not cover</source>
        <translation>l&apos;entrée %1 contient des champs que son empreinte ne couvre pas</translation>
    </message>
    <message>
        <source>entry %1 has no valid time</source>
        <translation>l&apos;entrée %1 n&apos;a pas d&apos;horodatage valide</translation>
    </message>
    <message>
        <source>entry 1 does not start the chain (its prev_hash is not 64 zeros)</source>
        <translation>l&apos;entrée 1 n&apos;ouvre pas la chaîne (son prev_hash n&apos;est pas composé de 64 zéros)</translation>
    </message>
    <message>
        <source>entry %1&apos;s prev_hash is not a SHA-256 in lower-case hex</source>
        <translation>le prev_hash de l&apos;entrée %1 n&apos;est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>entry %1 is not in it</source>
        <translation>l&apos;entrée %1 n&apos;y figure pas</translation>
    </message>
    <message>
        <source>entries %1 to %2 are not in it</source>
        <translation>les entrées %1 à %2 n&apos;y figurent pas</translation>
    </message>
    <message>
        <source>: an export that leaves entries out (filtered by user, action or object) is not a whole chain</source>
        <translation> : une exportation qui omet des entrées (filtrées par utilisateur, action ou objet) n&apos;est pas une chaîne complète</translation>
    </message>
    <message>
        <source>entry %1 is out of sequence</source>
        <translation>l&apos;entrée %1 n&apos;est pas à sa place dans la séquence</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée qui la précède</translation>
    </message>
    <message>
        <source>entry %1 does not match its hash</source>
        <translation>l&apos;entrée %1 ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>its entries end at entry %1, but its head_seq is %2</source>
        <translation>ses entrées s&apos;arrêtent à l&apos;entrée %1, mais son head_seq est %2</translation>
    </message>
    <message>
        <source>its entries end at entry %1 with the hash %2, but its head_hash is %3</source>
        <translation>ses entrées s&apos;arrêtent à l&apos;entrée %1 avec l&apos;empreinte %2, mais son head_hash est %3</translation>
    </message>
    <message>
        <source>the signed content is not a JSON object</source>
        <translation>le contenu signé n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the signed content gives the key &quot;%1&quot; twice in one object</source>
        <translation>le contenu signé donne deux fois la clé « %1 » dans un même objet</translation>
    </message>
    <message>
        <source>the signed content is not JSON that can be read here: %1</source>
        <translation>le contenu signé n&apos;est pas un JSON lisible ici : %1</translation>
    </message>
    <message>
        <source>the signed content is neither an anchor statement (format &quot;%1&quot;) nor an audit export (format &quot;%2&quot;)</source>
        <translation>le contenu signé n&apos;est ni une déclaration d&apos;ancrage (format « %1 ») ni une exportation d&apos;audit (format « %2 »)</translation>
    </message>
    <message>
        <source>the statement&apos;s version is not %1</source>
        <translation>la version de la déclaration n&apos;est pas %1</translation>
    </message>
    <message>
        <source>it names no register (register_id)</source>
        <translation>elle ne désigne aucun registre (register_id)</translation>
    </message>
    <message>
        <source>head_seq is not an entry number</source>
        <translation>head_seq n&apos;est pas un numéro d&apos;entrée</translation>
    </message>
    <message>
        <source>head_hash is not a SHA-256 in lower-case hex</source>
        <translation>head_hash n&apos;est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>the audit export does not hold together: %1</source>
        <translation>l&apos;exportation d&apos;audit n&apos;est pas cohérente : %1</translation>
    </message>
    <message>
        <source>The anchor&apos;s signature is not a detached CMS SignedData; nothing was written.</source>
        <translation>La signature de l&apos;ancre n&apos;est pas un CMS SignedData détaché ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The statement could not be put into its signature; nothing was written.</source>
        <translation>La déclaration n&apos;a pas pu être intégrée à sa signature ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the file is not DER-encoded CMS, or it is damaged</source>
        <translation>le fichier n&apos;est pas un CMS encodé en DER, ou il est endommagé</translation>
    </message>
    <message>
        <source>the file is CMS but not SignedData</source>
        <translation>le fichier est un CMS, mais pas un SignedData</translation>
    </message>
    <message>
        <source>the signed content is not of type data</source>
        <translation>le contenu signé n&apos;est pas de type data</translation>
    </message>
    <message>
        <source>the signature does not carry the statement it signs (it is detached)</source>
        <translation>la signature ne contient pas la déclaration qu&apos;elle signe (elle est détachée)</translation>
    </message>
    <message>
        <source>the statement could not be taken out of the signature</source>
        <translation>la déclaration n&apos;a pas pu être extraite de la signature</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>les entrées %1 à %2 manquent</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (removed, inserted or reordered entries)</source>
        <translation>l&apos;entrée %1 ne fait pas suite à l&apos;entrée qui la précède (entrées supprimées, insérées ou réordonnées)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>l&apos;entrée %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>the trail ends at entry %1, but the anchor vouches for entry %2 (hash %3): entries were removed from the end, at least entries %4 to %2, or the register was put back to a copy older than the anchor</source>
        <translation>le journal s&apos;arrête à l&apos;entrée %1, mais l&apos;ancre atteste l&apos;entrée %2 (empreinte %3) : des entrées ont été supprimées à la fin, au moins les entrées %4 à %2, ou le registre a été remplacé par une copie antérieure à l&apos;ancre</translation>
    </message>
    <message>
        <source>entry %1, which the anchor vouches for (hash %2), is not in the trail: it was removed</source>
        <translation>l&apos;entrée %1, que l&apos;ancre atteste (empreinte %2), ne figure pas dans le journal : elle a été supprimée</translation>
    </message>
    <message>
        <source>entry %1 has the hash %2, the anchor says %3: the trail up to entry %1 was rewritten after the anchor was made, with every hash recomputed</source>
        <translation>l&apos;entrée %1 a l&apos;empreinte %2, l&apos;ancre indique %3 : le journal jusqu&apos;à l&apos;entrée %1 a été réécrit après la création de l&apos;ancre, toutes les empreintes ayant été recalculées</translation>
    </message>
    <message>
        <source>entry %1 has the hash %2, the anchor says %3, and the chain is broken from entry %4 (%5): the trail up to entry %1 was changed after the anchor was made</source>
        <translation>l&apos;entrée %1 a l&apos;empreinte %2, l&apos;ancre indique %3, et la chaîne est rompue à partir de l&apos;entrée %4 (%5) : le journal jusqu&apos;à l&apos;entrée %1 a été modifié après la création de l&apos;ancre</translation>
    </message>
    <message>
        <source>entry %1 has the anchored hash, but the chain up to it is broken from entry %2 (%3)</source>
        <translation>l&apos;entrée %1 porte l&apos;empreinte ancrée, mais la chaîne qui y mène est rompue à partir de l&apos;entrée %2 (%3)</translation>
    </message>
    <message>
        <source>entries 1 to %1 are exactly as anchored; %2 entries were written after it</source>
        <translation>les entrées 1 à %1 sont exactement telles qu&apos;ancrées ; %2 entrées ont été écrites depuis</translation>
    </message>
    <message>
        <source>, and the chain is broken after it from entry %1 (%2)</source>
        <translation>, et la chaîne est rompue après elle à partir de l&apos;entrée %1 (%2)</translation>
    </message>
    <message>
        <source>the anchor is of another register (%1), not of this one (%2)</source>
        <translation>l&apos;ancre est celle d&apos;un autre registre (%1), pas de celui-ci (%2)</translation>
    </message>
    <message>
        <source>The audit trail is broken from entry %1 (%2): an anchor would vouch for it. Nothing was recorded; find out what happened first (docs/audit.md).</source>
        <translation>Le journal d&apos;audit est rompu à partir de l&apos;entrée %1 (%2) : une ancre s&apos;en porterait garante. Rien n&apos;a été enregistré ; cherchez d&apos;abord ce qui s&apos;est passé (docs/audit.md).</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle&apos;s manifest (%1) is refused: %2.</source>
        <translation>Le manifeste du paquet (%1) est refusé : %2.</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>il dépasse %1 octets</translation>
    </message>
    <message>
        <source>it has a document type declaration, which a manifest never needs</source>
        <translation>il contient une déclaration de type de document, dont un manifeste n&apos;a jamais besoin</translation>
    </message>
    <message>
        <source>it has a document type declaration or entity</source>
        <translation>il contient une déclaration de type de document ou une entité</translation>
    </message>
    <message>
        <source>it has a processing instruction</source>
        <translation>il contient une instruction de traitement</translation>
    </message>
    <message>
        <source>it has text outside a DigestValue</source>
        <translation>il contient du texte en dehors d&apos;un DigestValue</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; lacks its DigestMethod or DigestValue</source>
        <translation>la référence à « %1 » n&apos;a pas de DigestMethod ou de DigestValue</translation>
    </message>
    <message>
        <source>it is nested deeper than %1 levels</source>
        <translation>il est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>its root element is not an ASiCManifest of namespace %1</source>
        <translation>son élément racine n&apos;est pas un ASiCManifest de l&apos;espace de noms %1</translation>
    </message>
    <message>
        <source>it has more than one SigReference</source>
        <translation>il contient plus d&apos;un SigReference</translation>
    </message>
    <message>
        <source>its SigReference has no URI</source>
        <translation>son SigReference n&apos;a pas d&apos;URI</translation>
    </message>
    <message>
        <source>a DataObjectReference has no URI</source>
        <translation>un DataObjectReference n&apos;a pas d&apos;URI</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » est listé deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is digested with %2, not SHA-256</source>
        <translation>l&apos;empreinte de « %1 » est calculée avec %2, et non avec SHA-256</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; has two DigestMethods</source>
        <translation>la référence à « %1 » a deux DigestMethod</translation>
    </message>
    <message>
        <source>the reference to &quot;%1&quot; has two DigestValues</source>
        <translation>la référence à « %1 » a deux DigestValue</translation>
    </message>
    <message>
        <source>the digest of &quot;%1&quot; is not a base64 SHA-256 value</source>
        <translation>l&apos;empreinte de « %1 » n&apos;est pas une valeur SHA-256 en base64</translation>
    </message>
    <message>
        <source>it has an unexpected element &lt;%1&gt;</source>
        <translation>il contient un élément inattendu &lt;%1&gt;</translation>
    </message>
    <message>
        <source>it is not well-formed XML (%1, line %2)</source>
        <translation>ce n&apos;est pas un XML bien formé (%1, ligne %2)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it has no SigReference</source>
        <translation>il n&apos;a pas de SigReference</translation>
    </message>
    <message>
        <source>Could not write the bundle: %1.</source>
        <translation>Impossible d&apos;écrire le paquet : %1.</translation>
    </message>
    <message>
        <source>This bundle was imported already, as %1.</source>
        <translation>Ce paquet a déjà été importé, sous %1.</translation>
    </message>
    <message>
        <source>This request was imported already, as %1: the bundle carries the same signed request.json (SHA-256 %2) in another file. Nothing was imported.</source>
        <translation>Cette demande a déjà été importée, sous %1 : le paquet contient le même request.json signé (SHA-256 %2) dans un autre fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This request was imported already, as %1: the sender&apos;s request %2 (id %3) came in before. Nothing was imported; record what changed on %1.</source>
        <translation>Cette demande a déjà été importée, sous %1 : la demande %2 de l&apos;expéditeur (id %3) a déjà été reçue. Rien n&apos;a été importé ; consignez les changements sur %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; disappeared from the bundle.</source>
        <translation>« %1 » a disparu du paquet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed while it was imported (its SHA-256 no longer matches the signed manifest); nothing was imported.</source>
        <translation>« %1 » a été modifié pendant l&apos;importation (son SHA-256 ne correspond plus au manifeste signé) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>request.json is larger than %1 bytes</source>
        <translation>request.json dépasse %1 octets</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the SHA-256 of %1.</source>
        <translation>OpenSSL n&apos;a pas pu calculer le SHA-256 de %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A bundle needs a signer.</source>
        <translation>Un paquet a besoin d&apos;un signataire.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: %1.</source>
        <translation>Impossible d&apos;écrire le paquet : %1.</translation>
    </message>
    <message>
        <source>Cannot write the bundle: the name &quot;%1&quot; is reserved or used twice.</source>
        <translation>Impossible d&apos;écrire le paquet : le nom « %1 » est réservé ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 does not verify as it was signed (it was changed after it was signed, or it is damaged): %2. Nothing was added.</source>
        <translation>%1 ne se vérifie pas tel qu&apos;il a été signé (il a été modifié après la signature, ou il est endommagé) : %2. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>it has no manifest or no signature to add a signer to</source>
        <translation>il n&apos;a ni manifeste ni signature auxquels ajouter un signataire</translation>
    </message>
    <message>
        <source>%1 has no manifest or no signature to add a signer to.</source>
        <translation>%1 n&apos;a ni manifeste ni signature auxquels ajouter un signataire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Signing failed while %1 (%2).</source>
        <translation>La signature a échoué lors de l&apos;étape « %1 » (%2).</translation>
    </message>
    <message>
        <source>writing the signature</source>
        <translation>écriture de la signature</translation>
    </message>
    <message>
        <source>starting the signature</source>
        <translation>début de la signature</translation>
    </message>
    <message>
        <source>adding the signer</source>
        <translation>ajout du signataire</translation>
    </message>
    <message>
        <source>computing the signature</source>
        <translation>calcul de la signature</translation>
    </message>
    <message>
        <source>The existing signature is not CMS SignedData.</source>
        <translation>La signature existante n&apos;est pas un CMS SignedData.</translation>
    </message>
    <message>
        <source>The existing signature does not match the bundle&apos;s manifest: the bundle was changed after it was signed. Nothing was added.</source>
        <translation>La signature existante ne correspond pas au manifeste du paquet : le paquet a été modifié après sa signature. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>%1 has signed this bundle already.</source>
        <translation>%1 a déjà signé ce paquet.</translation>
    </message>
    <message>
        <source>encrypting failed (%1)</source>
        <translation>le chiffrement a échoué (%1)</translation>
    </message>
    <message>
        <source>Name the recipient&apos;s certificate to encrypt for.</source>
        <translation>Indiquez le certificat du destinataire pour lequel chiffrer.</translation>
    </message>
    <message>
        <source>The recipient certificate %1 is not valid now (valid %2 to %3).</source>
        <translation>Le certificat du destinataire %1 n&apos;est pas valide actuellement (valide du %2 au %3).</translation>
    </message>
    <message>
        <source>Could not encrypt for the recipient (%1).</source>
        <translation>Impossible de chiffrer pour le destinataire (%1).</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The envelope %1 is not open.</source>
        <translation>L&apos;enveloppe %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not write the envelope %1 (%2).</source>
        <translation>Impossible d&apos;écrire l&apos;enveloppe %1 (%2).</translation>
    </message>
    <message>
        <source>Could not move the envelope into place at %1.</source>
        <translation>Impossible de mettre l&apos;enveloppe en place à %1.</translation>
    </message>
    <message>
        <source>The envelope is larger than %1 bytes, the most that can be opened.</source>
        <translation>L&apos;enveloppe dépasse %1 octets, le maximum qui puisse être ouvert.</translation>
    </message>
    <message>
        <source>The file is neither a ZIP container nor a CMS envelope.</source>
        <translation>Le fichier n&apos;est ni un conteneur ZIP ni une enveloppe CMS.</translation>
    </message>
    <message>
        <source>OpenSSL could not open the envelope (%1).</source>
        <translation>OpenSSL n&apos;a pas pu ouvrir l&apos;enveloppe (%1).</translation>
    </message>
    <message>
        <source>The envelope cannot be opened with the certificate of %1: it was encrypted for someone else, or it is damaged.</source>
        <translation>L&apos;enveloppe ne peut pas être ouverte avec le certificat de %1 : elle a été chiffrée pour quelqu&apos;un d&apos;autre, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not read the signing identity %1: %2.</source>
        <translation>Impossible de lire l&apos;identité de signature %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a PKCS#12 signing identity.</source>
        <translation>%1 dépasse 1 Mio ; ce n&apos;est pas une identité de signature PKCS#12.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12, .pfx) file, or it is damaged.</source>
        <translation>Ce n&apos;est pas un fichier PKCS#12 (.p12, .pfx), ou il est endommagé.</translation>
    </message>
    <message>
        <source>The password does not open this PKCS#12 file.</source>
        <translation>Le mot de passe n&apos;ouvre pas ce fichier PKCS#12.</translation>
    </message>
    <message>
        <source>The PKCS#12 file could not be opened (%1).</source>
        <translation>Le fichier PKCS#12 n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key: it cannot sign.</source>
        <translation>Le fichier PKCS#12 ne contient aucune clé privée : il ne permet pas de signer.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate for its key.</source>
        <translation>Le fichier PKCS#12 ne contient aucun certificat pour sa clé.</translation>
    </message>
    <message>
        <source>The PKCS#12 file&apos;s private key does not belong to its certificate.</source>
        <translation>La clé privée du fichier PKCS#12 ne correspond pas à son certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation>Le certificat de %1 n&apos;est pas valide avant le %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2; ask for a new one.</source>
        <translation>Le certificat de %1 a expiré le %2 ; demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>The certificate of %1 may not be used for signatures: its key usage is %2, without digitalSignature or nonRepudiation.</source>
        <translation>Le certificat de %1 ne peut pas servir à signer : son usage de clé est %2, sans digitalSignature ni nonRepudiation.</translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>Il n&apos;y a aucune clé privée avec laquelle signer.</translation>
    </message>
    <message>
        <source>The bundle is refused: %1.</source>
        <translation>Le paquet est refusé : %1.</translation>
    </message>
    <message>
        <source>two of its entries have the same name (a name appears twice)</source>
        <translation>deux de ses entrées portent le même nom (un nom apparaît deux fois)</translation>
    </message>
    <message>
        <source>it is not a readable ZIP container (%1)</source>
        <translation>ce n&apos;est pas un conteneur ZIP lisible (%1)</translation>
    </message>
    <message>
        <source>it is not a readable ZIP container: its structure is inconsistent, damaged or manipulated (%1)</source>
        <translation>ce n&apos;est pas un conteneur ZIP lisible : sa structure est incohérente, endommagée ou manipulée (%1)</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>une entrée n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains a backslash</source>
        <translation>le nom « %1 » contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is an absolute path</source>
        <translation>le nom « %1 » est un chemin absolu</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; starts with a drive letter</source>
        <translation>le nom « %1 » commence par une lettre de lecteur</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains control or undecodable characters</source>
        <translation>le nom « %1 » contient des caractères de contrôle ou indécodables</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; climbs out of the bundle with &quot;..&quot;</source>
        <translation>le nom « %1 » sort du paquet avec « .. »</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; has an empty or &quot;.&quot; part</source>
        <translation>le nom « %1 » comporte une partie vide ou « . »</translation>
    </message>
    <message>
        <source>a name is longer than 1024 characters</source>
        <translation>un nom dépasse 1024 caractères</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>il n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>its table of contents cannot be read</source>
        <translation>sa table des matières ne peut pas être lue</translation>
    </message>
    <message>
        <source>it is empty; a bundle starts with a &quot;mimetype&quot; entry</source>
        <translation>il est vide ; un paquet commence par une entrée « mimetype »</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 allowed</source>
        <translation>il a %1 entrées, plus que les %2 autorisées</translation>
    </message>
    <message>
        <source>entry %1 has no readable name</source>
        <translation>l&apos;entrée %1 n&apos;a pas de nom lisible</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice (names may not differ only in case)</source>
        <translation>le nom « %1 » apparaît deux fois (les noms ne peuvent pas différer seulement par la casse)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read</source>
        <translation>l&apos;entrée « %1 » ne peut pas être lue</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is encrypted; bundles are never encrypted entry by entry (use an envelope)</source>
        <translation>l&apos;entrée « %1 » est chiffrée ; les paquets ne sont jamais chiffrés entrée par entrée (utilisez une enveloppe)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>l&apos;entrée « %1 » est un lien symbolique</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a special file, not a file</source>
        <translation>l&apos;entrée « %1 » est un fichier spécial, et non un fichier</translation>
    </message>
    <message>
        <source>the folder entry &quot;%1&quot; has content</source>
        <translation>l&apos;entrée de dossier « %1 » a un contenu</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; uses a compression method other than stored or deflate</source>
        <translation>l&apos;entrée « %1 » utilise une méthode de compression autre que stored ou deflate</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is larger than %2 bytes</source>
        <translation>l&apos;entrée « %1 » dépasse %2 octets</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; inflates more than %2 times (a zip bomb)</source>
        <translation>l&apos;entrée « %1 » se décompresse plus de %2 fois (une bombe de décompression)</translation>
    </message>
    <message>
        <source>its entries add up to more than %1 bytes</source>
        <translation>ses entrées totalisent plus de %1 octets</translation>
    </message>
    <message>
        <source>its first entry is &quot;%1&quot;, not &quot;mimetype&quot;</source>
        <translation>sa première entrée est « %1 », et non « mimetype »</translation>
    </message>
    <message>
        <source>&quot;mimetype&quot; is not its first entry</source>
        <translation>« mimetype » n&apos;est pas sa première entrée</translation>
    </message>
    <message>
        <source>it has no &quot;mimetype&quot; entry; it is not an ASiC-E container</source>
        <translation>il n&apos;a pas d&apos;entrée « mimetype » ; ce n&apos;est pas un conteneur ASiC-E</translation>
    </message>
    <message>
        <source>its &quot;mimetype&quot; entry is compressed; ASiC-E requires it stored</source>
        <translation>son entrée « mimetype » est compressée ; ASiC-E exige qu&apos;elle soit stockée sans compression</translation>
    </message>
    <message>
        <source>its media type is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>son type de média est « %1 », et non « %2 »</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; inflates to more than %2 bytes</source>
        <translation>l&apos;entrée « %1 » se décompresse en plus de %2 octets</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; holds more than the %2 bytes its header says</source>
        <translation>l&apos;entrée « %1 » contient plus que les %2 octets qu&apos;indique son en-tête</translation>
    </message>
    <message>
        <source>its entries inflate to more than %1 bytes</source>
        <translation>ses entrées se décompressent en plus de %1 octets</translation>
    </message>
    <message>
        <source>The bundle is refused: the entry &quot;%1&quot; is damaged (%2).</source>
        <translation>Le paquet est refusé : l&apos;entrée « %1 » est endommagée (%2).</translation>
    </message>
    <message>
        <source>The bundle is refused: the entry &quot;%1&quot; holds %2 bytes, not the %3 its header says.</source>
        <translation>Le paquet est refusé : l&apos;entrée « %1 » contient %2 octets, et non les %3 qu&apos;indique son en-tête.</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be opened (%2)</source>
        <translation>l&apos;entrée « %1 » ne peut pas être ouverte (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than the %2 bytes allowed</source>
        <translation>« %1 » dépasse les %2 octets autorisés</translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation>une écriture a échoué</translation>
    </message>
    <message>
        <source>OpenSSL could not compute its SHA-256</source>
        <translation>OpenSSL n&apos;a pas pu calculer son SHA-256</translation>
    </message>
    <message>
        <source>an entry of a bundle may not exceed 4 GiB</source>
        <translation>une entrée de paquet ne peut pas dépasser 4 Gio</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2.</source>
        <translation>Impossible d&apos;écrire le paquet %1 : %2.</translation>
    </message>
    <message>
        <source>its target is not open for writing</source>
        <translation>sa cible n&apos;est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>il n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>a bundle may not exceed 4 GiB</source>
        <translation>un paquet ne peut pas dépasser 4 Gio</translation>
    </message>
    <message>
        <source>an entry is still open</source>
        <translation>une entrée est encore ouverte</translation>
    </message>
    <message>
        <source>no entry is open</source>
        <translation>aucune entrée n&apos;est ouverte</translation>
    </message>
    <message>
        <source>a bundle may not hold more than 65535 entries</source>
        <translation>un paquet ne peut pas contenir plus de 65535 entrées</translation>
    </message>
    <message>
        <source>%1 is an incoming request; only outgoing requests are sent as bundles.</source>
        <translation>%1 est une demande entrante ; seules les demandes sortantes sont envoyées sous forme de paquet.</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved request can be exported as a signed bundle. Have a prosecutor approve it first.</source>
        <translation>%1 a le statut %2 : seule une demande approuvée peut être exportée sous forme de paquet signé. Faites-la d&apos;abord approuver par un magistrat du parquet.</translation>
    </message>
    <message>
        <source>%1 is incomplete; run &quot;check %1&quot; for what its instrument still requires.</source>
        <translation>%1 est incomplète ; lancez « check %1 » pour voir ce que son instrument exige encore.</translation>
    </message>
    <message>
        <source>The document in %1 came out as a DRAFT; nothing was exported.</source>
        <translation>Le document de %1 a été produit comme PROJET ; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The document of %1 is not final in any language (its texts are not reviewed); a bundle carries final documents only.</source>
        <translation>Le document de %1 n&apos;est définitif dans aucune langue (ses textes ne sont pas relus) ; un paquet ne contient que des documents définitifs.</translation>
    </message>
</context>
<context>
    <name>BundleReport</name>
    <message>
        <source>it has no signature</source>
        <translation>il n&apos;a pas de signature</translation>
    </message>
    <message>
        <source>The bundle %1 did not verify: %2</source>
        <translation>Le paquet %1 n&apos;a pas pu être vérifié : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an archive manifest (long-term archive time-stamps, as in CAdES B-LTA): archive manifests are not supported, so the bundle cannot be verified</source>
        <translation>« %1 » est un manifeste d&apos;archivage (horodatages d&apos;archivage à long terme, comme dans CAdES B-LTA) : les manifestes d&apos;archivage ne sont pas pris en charge, le paquet ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time-stamp token: time-stamps in the container are not supported, so the bundle cannot be verified</source>
        <translation>« %1 » est un jeton d&apos;horodatage : les horodatages dans le conteneur ne sont pas pris en charge, le paquet ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second manifest (for another signature or a time-stamp): several manifests are not supported, so the bundle cannot be verified</source>
        <translation>« %1 » est un second manifeste (pour une autre signature ou un horodatage) : plusieurs manifestes ne sont pas pris en charge, le paquet ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in META-INF but is neither the manifest nor the signature: it is not supported, so the bundle cannot be verified</source>
        <translation>« %1 » se trouve dans META-INF mais n&apos;est ni le manifeste ni la signature : il n&apos;est pas pris en charge, le paquet ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>ASiC-E container: %1 file(s), &quot;mimetype&quot; first and stored</source>
        <translation>Conteneur ASiC-E : %1 fichier(s), « mimetype » en premier et stocké sans compression</translation>
    </message>
    <message>
        <source>the bundle has no %1: nothing says what was signed</source>
        <translation>le paquet n&apos;a pas de %1 : rien n&apos;indique ce qui a été signé</translation>
    </message>
    <message>
        <source>the manifest refers to &quot;%1&quot;, which is not a CAdES signature file (META-INF/*signature*.p7s)</source>
        <translation>le manifeste renvoie à « %1 », qui n&apos;est pas un fichier de signature CAdES (META-INF/*signature*.p7s)</translation>
    </message>
    <message>
        <source>the manifest lists &quot;%1&quot;, which is not a data object</source>
        <translation>le manifeste liste « %1 », qui n&apos;est pas un objet de données</translation>
    </message>
    <message>
        <source>ETSI ASiCManifest listing %1 data object(s) with SHA-256 digests</source>
        <translation>ASiCManifest ETSI listant %1 objet(s) de données avec leurs empreintes SHA-256</translation>
    </message>
    <message>
        <source>the bundle has several signature files (%1), each over its own manifest: several signature files are not supported (several signers in one signature file are)</source>
        <translation>le paquet a plusieurs fichiers de signature (%1), chacun portant sur son propre manifeste : plusieurs fichiers de signature ne sont pas pris en charge (plusieurs signataires dans un même fichier de signature le sont)</translation>
    </message>
    <message>
        <source>the bundle has no signature (%1)</source>
        <translation>le paquet n&apos;a pas de signature (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed in the signed manifest but is not in the bundle (removed or renamed after signing)</source>
        <translation>« %1 » figure dans le manifeste signé mais pas dans le paquet (supprimé ou renommé après la signature)</translation>
    </message>
    <message>
        <source>verification was cancelled</source>
        <translation>la vérification a été annulée</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>le SHA-256 correspond au manifeste</translation>
    </message>
    <message>
        <source>the content of &quot;%1&quot; differs from what was signed (SHA-256 mismatch): it was changed after signing</source>
        <translation>le contenu de « %1 » diffère de ce qui a été signé (SHA-256 différent) : il a été modifié après la signature</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the bundle but not in the signed manifest: it was added or renamed after signing</source>
        <translation>« %1 » figure dans le paquet mais pas dans le manifeste signé : il a été ajouté ou renommé après la signature</translation>
    </message>
    <message>
        <source>the bundle has no signed request.json</source>
        <translation>le paquet n&apos;a pas de request.json signé</translation>
    </message>
    <message>
        <source>request.json was not read: a request is read only from a bundle whose signature, signers and digests all verified (see the checks above)</source>
        <translation>request.json n&apos;a pas été lu : une demande n&apos;est lue que dans un paquet dont la signature, les signataires et les empreintes ont tous été vérifiés (voir les contrôles ci-dessus)</translation>
    </message>
    <message>
        <source>request.json is not a valid interchange file: %1</source>
        <translation>request.json n&apos;est pas un fichier d&apos;échange valide : %1</translation>
    </message>
    <message>
        <source>request.json holds %1 requests, not one</source>
        <translation>request.json contient %1 demandes, et non une seule</translation>
    </message>
    <message>
        <source>the bundle is encrypted (a CMS envelope): open it with your own PKCS#12 identity (--recipient FILE.p12)</source>
        <translation>le paquet est chiffré (une enveloppe CMS) : ouvrez-le avec votre propre identité PKCS#12 (--recipient FICHIER.p12)</translation>
    </message>
    <message>
        <source>%1 is not trusted: neither the certificate nor its issuers are in the trust store. Confirm the partner authority&apos;s certificate by its fingerprint and add it with &quot;trust add&quot;.</source>
        <translation>%1 n&apos;est pas de confiance : ni le certificat ni ses émetteurs ne figurent parmi les certificats de confiance. Confirmez le certificat de l&apos;autorité partenaire par son empreinte et ajoutez-le avec « trust add ».</translation>
    </message>
    <message>
        <source>a certificate of %1&apos;s chain had expired when the bundle was signed</source>
        <translation>un certificat de la chaîne de %1 avait expiré lors de la signature du paquet</translation>
    </message>
    <message>
        <source>a certificate of %1&apos;s chain was not yet valid when the bundle was signed</source>
        <translation>un certificat de la chaîne de %1 n&apos;était pas encore valide lors de la signature du paquet</translation>
    </message>
    <message>
        <source>an issuer in %1&apos;s chain is not a certification authority</source>
        <translation>un émetteur de la chaîne de %1 n&apos;est pas une autorité de certification</translation>
    </message>
    <message>
        <source>a certificate in %1&apos;s chain has an invalid signature (forged or damaged)</source>
        <translation>un certificat de la chaîne de %1 porte une signature invalide (falsifiée ou endommagée)</translation>
    </message>
    <message>
        <source>%1&apos;s certificate chain does not verify: %2</source>
        <translation>la chaîne de certificats de %1 ne se vérifie pas : %2</translation>
    </message>
    <message>
        <source>the signature is larger than %1 bytes</source>
        <translation>la signature dépasse %1 octets</translation>
    </message>
    <message>
        <source>the signature file is not DER-encoded CMS, or it is damaged or replaced</source>
        <translation>le fichier de signature n&apos;est pas un CMS encodé en DER, ou il est endommagé ou remplacé</translation>
    </message>
    <message>
        <source>the signature file is CMS but not SignedData</source>
        <translation>le fichier de signature est un CMS, mais pas un SignedData</translation>
    </message>
    <message>
        <source>the signature carries its own content instead of signing the manifest (it must be detached)</source>
        <translation>la signature contient son propre contenu au lieu de signer le manifeste (elle doit être détachée)</translation>
    </message>
    <message>
        <source>the signature has no signer</source>
        <translation>la signature n&apos;a aucun signataire</translation>
    </message>
    <message>
        <source>the signature has more than %1 signers</source>
        <translation>la signature a plus de %1 signataires</translation>
    </message>
    <message>
        <source>CMS SignedData, detached, %1 signer(s)</source>
        <translation>CMS SignedData, détaché, %1 signataire(s)</translation>
    </message>
    <message>
        <source>the signature does not include the signer&apos;s certificate</source>
        <translation>la signature ne contient pas le certificat du signataire</translation>
    </message>
    <message>
        <source>the signer used %1, not SHA-256</source>
        <translation>le signataire a utilisé %1, et non SHA-256</translation>
    </message>
    <message>
        <source>the signer&apos;s signature has no signed attributes (no signing time)</source>
        <translation>la signature du signataire n&apos;a pas d&apos;attributs signés (pas d&apos;heure de signature)</translation>
    </message>
    <message>
        <source>the signature value is invalid: the signature was forged, damaged or replaced</source>
        <translation>la valeur de la signature est invalide : la signature a été falsifiée, endommagée ou remplacée</translation>
    </message>
    <message>
        <source>the signature does not cover this manifest: the manifest was changed after signing</source>
        <translation>la signature ne porte pas sur ce manifeste : le manifeste a été modifié après la signature</translation>
    </message>
    <message>
        <source>without the signer&apos;s certificate nothing can be checked</source>
        <translation>sans le certificat du signataire, rien ne peut être vérifié</translation>
    </message>
    <message>
        <source>the trust store is empty: add the partner authority&apos;s certificate (&quot;trust add&quot;, or --trust) after confirming its fingerprint</source>
        <translation>aucun certificat de confiance n&apos;est enregistré : ajoutez le certificat de l&apos;autorité partenaire (« trust add », ou --trust) après avoir confirmé son empreinte</translation>
    </message>
    <message>
        <source>chains to the trusted certificate %1</source>
        <translation>se rattache au certificat de confiance %1</translation>
    </message>
    <message>
        <source>the signature has no signing time; the certificate&apos;s validity cannot be checked</source>
        <translation>la signature n&apos;a pas d&apos;heure de signature ; la validité du certificat ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>the signing time %1 is in the future</source>
        <translation>l&apos;heure de signature %1 est dans le futur</translation>
    </message>
    <message>
        <source>the certificate had expired (on %1) when the bundle was signed on %2</source>
        <translation>le certificat avait expiré (le %1) lorsque le paquet a été signé le %2</translation>
    </message>
    <message>
        <source>the certificate was not yet valid (from %1) when the bundle was signed on %2</source>
        <translation>le certificat n&apos;était pas encore valide (à partir du %1) lorsque le paquet a été signé le %2</translation>
    </message>
    <message>
        <source>the certificate chain was valid when signed on %1</source>
        <translation>la chaîne de certificats était valide lors de la signature le %1</translation>
    </message>
    <message>
        <source>the certificate was valid when signed on %1 (its issuers could not be checked)</source>
        <translation>le certificat était valide lors de la signature le %1 (ses émetteurs n&apos;ont pas pu être vérifiés)</translation>
    </message>
    <message>
        <source>key usage allows signatures</source>
        <translation>l&apos;usage de la clé permet la signature</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage (%1) does not allow signatures (digitalSignature or nonRepudiation)</source>
        <translation>l&apos;usage de la clé du certificat (%1) ne permet pas la signature (digitalSignature ou nonRepudiation)</translation>
    </message>
    <message>
        <source>request %1 (%2, %3)</source>
        <translation>demande %1 (%2, %3)</translation>
    </message>
    <message>
        <source>the signing-certificate attribute is repeated or malformed</source>
        <translation>l&apos;attribut signing-certificate est répété ou mal formé</translation>
    </message>
    <message>
        <source>the signing-certificate attribute is malformed</source>
        <translation>l&apos;attribut signing-certificate est mal formé</translation>
    </message>
    <message>
        <source>the signed attributes do not name the signer&apos;s certificate (no ESS signing-certificate-v2, RFC 5035): this is not a CAdES signature (ETSI EN 319 122-1). Ask the sender to sign with a CAdES tool (openssl: cms -sign -cades)</source>
        <translation>les attributs signés ne désignent pas le certificat du signataire (pas d&apos;ESS signing-certificate-v2, RFC 5035) : ce n&apos;est pas une signature CAdES (ETSI EN 319 122-1). Demandez à l&apos;expéditeur de signer avec un outil CAdES (openssl : cms -sign -cades)</translation>
    </message>
    <message>
        <source>out of memory while checking the signing certificate</source>
        <translation>mémoire insuffisante pendant la vérification du certificat de signature</translation>
    </message>
    <message>
        <source>the signing-certificate attribute names another certificate than the one in the signature: the certificate was replaced</source>
        <translation>l&apos;attribut signing-certificate désigne un autre certificat que celui de la signature : le certificat a été remplacé</translation>
    </message>
    <message>
        <source>valid CAdES signature over the manifest (SHA-256), bound to its certificate</source>
        <translation>signature CAdES valide du manifeste (SHA-256), liée à son certificat</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>If the provider has not disclosed within 30 days of receipt of the order, or the time frame stated under Art. 7(4)(d) if longer, the issuing Party may seek enforcement only through Art. 8 or other mutual assistance</source>
        <translation>Si le fournisseur n&apos;a pas divulgué les informations dans les 30 jours suivant la réception de l&apos;injonction, ou dans le délai fixé en vertu de l&apos;art. 7(4)(d) s&apos;il est plus long, la Partie émettrice ne peut en obtenir l&apos;exécution que par l&apos;art. 8 ou une autre forme d&apos;entraide</translation>
    </message>
    <message>
        <source>The requested Party makes all reasonable efforts to serve the service provider within 45 days of receiving all the documentation and information</source>
        <translation>La Partie requise fait tous les efforts raisonnables pour signifier l&apos;injonction au fournisseur de services dans les 45 jours suivant la réception de l&apos;ensemble des documents et informations</translation>
    </message>
    <message>
        <source>The provider returns subscriber information no later than 20 days after the order takes effect</source>
        <translation>Le fournisseur communique les informations relatives aux abonnés au plus tard 20 jours après la prise d&apos;effet de l&apos;injonction</translation>
    </message>
    <message>
        <source>The provider returns traffic data no later than 45 days after the order takes effect</source>
        <translation>Le fournisseur communique les données relatives au trafic au plus tard 45 jours après la prise d&apos;effet de l&apos;injonction</translation>
    </message>
    <message>
        <source>Preservation is for a period of not less than 60 days, to enable the requesting Party to submit its mutual assistance request; once that request is received the data continue to be preserved pending a decision on it</source>
        <translation>La conservation vaut pour une durée d&apos;au moins 60 jours, afin de permettre à la Partie requérante de soumettre sa demande d&apos;entraide ; après réception de cette demande, les données continuent d&apos;être conservées jusqu&apos;à ce qu&apos;une décision soit prise</translation>
    </message>
    <message>
        <source>Acknowledge receipt of the EIO with the Annex B form, without delay and in any event within a week of receipt</source>
        <translation>Accuser réception de la DEE au moyen du formulaire de l&apos;annexe B, sans délai et en tout état de cause dans la semaine suivant sa réception</translation>
    </message>
    <message>
        <source>Decide on recognition or execution as soon as possible and no later than 30 days after receipt by the competent executing authority</source>
        <translation>Statuer sur la reconnaissance ou l&apos;exécution dans les meilleurs délais et au plus tard 30 jours après la réception par l&apos;autorité d&apos;exécution compétente</translation>
    </message>
    <message>
        <source>Carry out the investigative measure without delay and not later than 90 days after the recognition decision (unless Art. 15 postponement applies or the evidence is already held); if not practicable, inform the issuing authority with reasons and consult on timing (Art. 12(6) sets no fixed extension)</source>
        <translation>Exécuter la mesure d&apos;enquête sans tarder et au plus tard 90 jours après la décision de reconnaissance (sauf report au titre de l&apos;art. 15 ou si les éléments de preuve sont déjà détenus) ; si ce n&apos;est pas possible, en informer l&apos;autorité d&apos;émission en indiquant les motifs et la consulter sur le calendrier (l&apos;art. 12(6) ne fixe pas de prolongation déterminée)</translation>
    </message>
    <message>
        <source>Decide and communicate the decision on a requested provisional measure as soon as possible and, wherever practicable, within 24 hours of receipt of the EIO</source>
        <translation>Statuer sur une mesure provisoire demandée et communiquer la décision dans les meilleurs délais et, si possible, dans les 24 heures suivant la réception de la DEE</translation>
    </message>
    <message>
        <source>The obligation to preserve ceases after 60 days unless the issuing authority confirms (Annex V) that a subsequent request for production has been issued; during the 60 days it may extend by 30 days (Annex VI)</source>
        <translation>L&apos;obligation de conservation prend fin après 60 jours, sauf si l&apos;autorité d&apos;émission confirme (annexe V) qu&apos;une demande ultérieure de production a été émise ; pendant ces 60 jours, elle peut la prolonger de 30 jours (annexe VI)</translation>
    </message>
    <message>
        <source>Transmit the requested data to the issuing authority: within 10 days following receipt of the EPOC (Art. 10(3)); where the enforcing authority is notified, at the end of that 10-day period unless a ground for refusal is raised (Art. 10(2))</source>
        <translation>Transmettre les données demandées à l&apos;autorité d&apos;émission : dans les 10 jours suivant la réception de l&apos;EPOC (art. 10(3)) ; si l&apos;autorité d&apos;exécution est notifiée, à la fin de cette période de 10 jours, sauf si un motif de refus est invoqué (art. 10(2))</translation>
    </message>
    <message>
        <source>Where the enforcing authority is notified (Art. 8), it may raise grounds for refusal within 10 days following receipt of the notification, in emergency cases within 96 hours</source>
        <translation>Lorsque l&apos;autorité d&apos;exécution est notifiée (art. 8), elle peut invoquer des motifs de refus dans les 10 jours suivant la réception de la notification, dans les cas d&apos;urgence dans les 96 heures</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Emergency preservation order issued without prior validation: seek ex-post validation without undue delay, at the latest within 48 hours</source>
        <translation>Injonction de conservation d&apos;urgence émise sans validation préalable : demander la validation a posteriori sans retard injustifié, au plus tard dans les 48 heures</translation>
    </message>
    <message>
        <source>Emergency order for subscriber data or data requested solely to identify the user, issued without prior validation: seek ex-post validation without undue delay, at the latest within 48 hours</source>
        <translation>Injonction d&apos;urgence portant sur des données relatives aux abonnés ou des données demandées aux seules fins d&apos;identifier l&apos;utilisateur, émise sans validation préalable : demander la validation a posteriori sans retard injustifié, au plus tard dans les 48 heures</translation>
    </message>
    <message>
        <source>Only an order in a validly established emergency may be issued without prior validation</source>
        <translation>Seule une injonction émise dans une situation d&apos;urgence dûment établie peut l&apos;être sans validation préalable</translation>
    </message>
    <message>
        <source>An order for traffic data or content data needs prior validation by a judge, a court or an investigating judge: the emergency exception covers only subscriber data and data requested solely to identify the user</source>
        <translation>Une injonction portant sur des données relatives au trafic ou sur des données relatives au contenu doit être validée au préalable par un juge, une juridiction ou un juge d&apos;instruction : l&apos;exception d&apos;urgence ne couvre que les données relatives aux abonnés et les données demandées aux seules fins d&apos;identifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enforcement procedure: the enforcing authority decides on the recognition of the order without undue delay and at the latest within 5 working days of receiving it</source>
        <translation>Procédure d&apos;exécution : l&apos;autorité d&apos;exécution décide de la reconnaissance de l&apos;injonction sans retard injustifié et au plus tard dans les 5 jours ouvrables suivant sa réception</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation>non restreinte</translation>
    </message>
    <message>
        <source>(not for signatures)</source>
        <translation>(non prévue pour la signature)</translation>
    </message>
    <message>
        <source>certification authority</source>
        <translation>autorité de certification</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Utilisation de la clé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>%1 word(s); at least %2 are needed to state it</source>
        <translation>%1 mot(s) ; il en faut au moins %2 pour l&apos;exposer</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucun élément indiqué</translation>
    </message>
    <message>
        <source>no identifier (account, e-mail address, IP address...) says whose data is sought</source>
        <translation>aucun identifiant (compte, adresse électronique, adresse IP…) n&apos;indique de qui les données sont recherchées</translation>
    </message>
    <message>
        <source>no date range limits the data sought</source>
        <translation>aucune période ne délimite les données recherchées</translation>
    </message>
    <message>
        <source>a date range needs a start and an end, the start first</source>
        <translation>une période doit avoir un début et une fin, le début en premier</translation>
    </message>
    <message>
        <source>no data category (subscriber, traffic, content...) is chosen</source>
        <translation>aucune catégorie de données (abonné, trafic, contenu…) n&apos;est choisie</translation>
    </message>
    <message>
        <source>&quot;%1&quot; data cannot be asked for under this instrument</source>
        <translation>les données « %1 » ne peuvent pas être demandées au titre de cet instrument</translation>
    </message>
    <message>
        <source>no person is named</source>
        <translation>aucune personne n&apos;est nommée</translation>
    </message>
    <message>
        <source>does not apply under this instrument</source>
        <translation>ne s&apos;applique pas au titre de cet instrument</translation>
    </message>
    <message>
        <source>not allowed for this request as it stands</source>
        <translation>non permis pour cette demande en l&apos;état</translation>
    </message>
    <message>
        <source>A document in a language %1 accepts</source>
        <translation>Un document dans une langue que %1 accepte</translation>
    </message>
    <message>
        <source>%1 accepts %2; the document is final in no language yet</source>
        <translation>%1 accepte %2 ; le document n&apos;est encore définitif dans aucune langue</translation>
    </message>
    <message>
        <source>%1 accepts %2; the document is final in %3 only: translate the texts into an accepted language and have them reviewed</source>
        <translation>%1 accepte %2 ; le document n&apos;est définitif qu&apos;en %3 : traduisez les textes dans une langue acceptée et faites-les relire</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Decision on recognition</source>
        <translation>Décision sur la reconnaissance</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Provisional measure</source>
        <translation>Mesure provisoire</translation>
    </message>
    <message>
        <source>Production of the data</source>
        <translation>Production des données</translation>
    </message>
    <message>
        <source>Grounds for refusal (enforcing state)</source>
        <translation>Motifs de refus (État d&apos;exécution)</translation>
    </message>
    <message>
        <source>Ex-post validation</source>
        <translation>Validation a posteriori</translation>
    </message>
    <message>
        <source>End of preservation</source>
        <translation>Fin de la conservation ordonnée</translation>
    </message>
    <message>
        <source>Service on the provider</source>
        <translation>Signification au fournisseur de services</translation>
    </message>
    <message>
        <source>Provider&apos;s disclosure</source>
        <translation>Divulgation par le fournisseur de services</translation>
    </message>
    <message>
        <source>Deletion announced by the provider</source>
        <translation>Effacement annoncé par le fournisseur</translation>
    </message>
    <message>
        <source>End of retention</source>
        <translation>Fin de la durée de conservation</translation>
    </message>
    <message>
        <source>subscriber information</source>
        <translation>données relatives aux abonnés</translation>
    </message>
    <message>
        <source>traffic data</source>
        <translation>données relatives au trafic</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Respecté hors délai</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Proroger le délai</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Suspendre le délai</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>Reprendre le cours du délai</translation>
    </message>
    <message>
        <source>Earlier date asked by the other side</source>
        <translation>Échéance avancée à la demande de l&apos;autre partie</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>délai suspendu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Échéance (votre heure)</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Échéance à %1</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Échéance (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Respecté le</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Court à compter de</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Governing state</source>
        <translation>État de référence</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Pourquoi cette date</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>The request and the deadline&apos;s reasons are in MLA Desk.</source>
        <translation>La demande et les motifs du délai se trouvent dans MLA Desk.</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is not known: add it under Authorities and states, or give one of the catalogue&apos;s codes.</source>
        <translation>L&apos;État « %1 » n&apos;est pas connu : ajoutez-le sous Autorités et États, ou indiquez l&apos;un des codes du catalogue.</translation>
    </message>
    <message>
        <source>, emergency period</source>
        <translation>, délai d&apos;urgence</translation>
    </message>
    <message>
        <source>The text sets a minimum (&quot;not less than&quot;): this is the earliest the other side may end it.</source>
        <translation>Le texte fixe un minimum (« au moins ») : il s&apos;agit de la date la plus proche à laquelle l&apos;autre partie peut y mettre fin.</translation>
    </message>
    <message>
        <source>This rule is marked unverified in the catalogue: check the text.</source>
        <translation>Cette règle est marquée comme non vérifiée dans le catalogue : vérifiez le texte.</translation>
    </message>
    <message>
        <source>Extension of %1 ignored: the instrument allows %2 extension(s).</source>
        <translation>Prorogation de %1 ignorée : l&apos;instrument autorise %2 prorogation(s).</translation>
    </message>
    <message>
        <source>Extended by %1 on %2%3: the period is now %4.</source>
        <translation>Prorogé de %1 le %2%3 : le délai est désormais de %4.</translation>
    </message>
    <message>
        <source>Counted under Regulation (EEC, Euratom) No 1182/71 Art. 3 in the calendar of %1 (%2).</source>
        <translation>Calculé selon l&apos;art. 3 du règlement (CEE, Euratom) n° 1182/71 dans le calendrier de %1 (%2).</translation>
    </message>
    <message>
        <source>Counted in calendar days in %1 (%2).</source>
        <translation>Calculé en jours calendaires dans l&apos;État %1 (%2).</translation>
    </message>
    <message>
        <source>The other side asked for an earlier date%1: due %2.</source>
        <translation>L&apos;autre partie a demandé une date plus proche%1 : échéance le %2.</translation>
    </message>
    <message>
        <source>Data deleted by the provider: the request must reach it before</source>
        <translation>Données supprimées par le fournisseur : la demande doit lui parvenir avant</translation>
    </message>
    <message>
        <source>date announced by the provider (no legal period)</source>
        <translation>date annoncée par le fournisseur (aucun délai légal)</translation>
    </message>
    <message>
        <source>The provider deletes the data at %1 (event &quot;provider-deletion&quot;); preservation or production must reach it before.</source>
        <translation>Le fournisseur supprime les données le %1 (événement « provider-deletion ») ; la conservation ou la production doit lui parvenir avant.</translation>
    </message>
    <message>
        <source>Review or destroy the data received under the request</source>
        <translation>Réexaminer ou détruire les données reçues au titre de la demande</translation>
    </message>
    <message>
        <source>Retention ends at %1 (%2%3); a reminder is due %4 day(s) before.</source>
        <translation>La durée de conservation prend fin le %1 (%2%3) ; un rappel est prévu %4 jour(s) avant.</translation>
    </message>
    <message>
        <source>Purged at %1 by %2.</source>
        <translation>Purgé le %1 par %2.</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;.</source>
        <translation>Instrument inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Event at %1; the hour in which it happened is not counted: the period starts at %2.</source>
        <translation>Événement le %1 ; l&apos;heure au cours de laquelle il est survenu n&apos;est pas comptée : le délai commence le %2.</translation>
    </message>
    <message>
        <source>%1: the period ends at the end of its last hour, %2.</source>
        <translation>%1 : le délai prend fin à la fin de sa dernière heure, le %2.</translation>
    </message>
    <message>
        <source>Clock stopped at %1 (%2) with %3 minutes remaining; no date until it restarts.</source>
        <translation>Délai suspendu le %1 (%2) alors qu&apos;il restait %3 minutes ; pas de date tant qu&apos;il n&apos;a pas repris.</translation>
    </message>
    <message>
        <source>Clock stopped at %1 (%2) and restarted at %3: the %4 minutes that remained now end at %5.</source>
        <translation>Délai suspendu le %1 (%2) et repris le %3 : les %4 minutes restantes prennent fin le %5.</translation>
    </message>
    <message>
        <source>A period in hours does not roll over past weekends or public holidays.</source>
        <translation>Un délai en heures n&apos;est pas reporté au-delà des fins de semaine ou des jours fériés.</translation>
    </message>
    <message>
        <source>Event at %1; the day on which it happened is not counted: the period starts at 00:00 on %2.</source>
        <translation>Événement le %1 ; le jour au cours duquel il est survenu n&apos;est pas compté : le délai commence à 00:00 le %2.</translation>
    </message>
    <message>
        <source>%1: the last day is %2.</source>
        <translation>%1 : le dernier jour est le %2.</translation>
    </message>
    <message>
        <source>Clock stopped on %1 (%2) with %3 day(s) remaining; no date until it restarts.</source>
        <translation>Délai suspendu le %1 (%2) alors qu&apos;il restait %3 jour(s) ; pas de date tant qu&apos;il n&apos;a pas repris.</translation>
    </message>
    <message>
        <source>Clock stopped on %1 (%2) with %3 day(s) remaining and restarted on %4: the last day is now %5.</source>
        <translation>Délai suspendu le %1 (%2) alors qu&apos;il restait %3 jour(s), et repris le %4 : le dernier jour est désormais le %5.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for %1: only Saturdays and Sundays are taken into account.</source>
        <translation>Aucun calendrier des jours fériés n&apos;est connu pour %1 : seuls les samedis et les dimanches sont pris en compte.</translation>
    </message>
    <message>
        <source>The last day is not a working day in %1: %2. The period ends at the end of the next working day, %3.</source>
        <translation>Le dernier jour n&apos;est pas un jour ouvrable dans l&apos;État %1 : %2. Le délai prend fin à l&apos;expiration du jour ouvrable suivant, le %3.</translation>
    </message>
    <message>
        <source>A period of two days or more includes at least two working days: it is extended to %1.</source>
        <translation>Un délai de deux jours ou plus comprend au moins deux jours ouvrables : il est prorogé jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Calendar days: weekends and public holidays count and the last day does not roll over.</source>
        <translation>Jours calendaires : les fins de semaine et les jours fériés comptent et le dernier jour n&apos;est pas reporté.</translation>
    </message>
    <message>
        <source>Due at 24:00 on %1 in %2 (%3 UTC).</source>
        <translation>Échéance à 24:00 le %1 dans l&apos;État %2 (%3 UTC).</translation>
    </message>
    <message>
        <source>%1 hour(s)</source>
        <translation>%1 heure(s)</translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation>%1 jour(s)</translation>
    </message>
    <message>
        <source>%1 week(s)</source>
        <translation>%1 semaine(s)</translation>
    </message>
    <message>
        <source>%1%2: %3 from &quot;%4&quot;%5.</source>
        <extracomment>The first step of a trail: the rule&apos;s description (%1), its variant (%2: &quot; (traffic)&quot; or nothing), the period (%3), the event it counts from (%4), &quot;, emergency period&quot; or nothing (%5).</extracomment>
        <translation>%1%2 : %3 à compter de « %4 »%5.</translation>
    </message>
    <message>
        <source>%1, counting only the working days of %2 (weekends and public holidays do not count): the last day is %3.</source>
        <translation>%1, en ne comptant que les jours ouvrables de %2 (les fins de semaine et les jours fériés ne comptent pas) : le dernier jour est le %3.</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 jour(s) ouvrable(s)</translation>
    </message>
    <message>
        <source>The Directive sets this period; it binds the authorities of %1 through their national law transposing it, which may count it by rules of its own. Where %1&apos;s profile gives no other rule, MLA Desk counts it as above.</source>
        <translation>La directive fixe ce délai ; elle lie les autorités de %1 par leur droit national de transposition, qui peut le compter selon ses propres règles. Si le profil de %1 ne prévoit pas d&apos;autre règle, MLA Desk le compte comme ci-dessus.</translation>
    </message>
    <message>
        <source>The extension lengthens the period itself: it is counted from the same event, and only its new end rolls over past a weekend or holiday.</source>
        <translation>La prolongation allonge le délai lui-même : il est compté à partir du même événement, et seule sa nouvelle fin est reportée après une fin de semaine ou un jour férié.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>MLA</source>
        <translation>Entraide</translation>
    </message>
    <message>
        <source>EIO</source>
        <translation>DEE</translation>
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
        <translation>Budapest art. 29</translation>
    </message>
    <message>
        <source>Budapest Art. 31</source>
        <translation>Budapest art. 31</translation>
    </message>
    <message>
        <source>2AP Art. 6</source>
        <translation>2PA art. 6</translation>
    </message>
    <message>
        <source>2AP Art. 7</source>
        <translation>2PA art. 7</translation>
    </message>
    <message>
        <source>2AP Art. 8</source>
        <translation>2PA art. 8</translation>
    </message>
    <message>
        <source>2AP Art. 9</source>
        <translation>2PA art. 9</translation>
    </message>
    <message>
        <source>2AP Art. 10</source>
        <translation>2PA art. 10</translation>
    </message>
    <message>
        <source>CLOUD Act</source>
        <translation>CLOUD Act</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconnue</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Différée</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Extrême urgence</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>received</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconnaissance</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>served</source>
        <translation>signification</translation>
    </message>
    <message>
        <source>documentation complete</source>
        <translation>dossier complet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>deletion by the provider</source>
        <translation>suppression par le fournisseur</translation>
    </message>
    <message>
        <source>end of retention</source>
        <translation>fin de la durée de conservation</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>accused</source>
        <translation>accusé</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>production of preserved data</source>
        <translation>production de données conservées</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>related</source>
        <translation>liée</translation>
    </message>
    <message>
        <source>Mutual legal assistance (bilateral treaty or UNTOC Art. 18)</source>
        <translation>Entraide judiciaire (traité bilatéral ou art. 18 UNTOC)</translation>
    </message>
    <message>
        <source>European Investigation Order (Directive 2014/41/EU)</source>
        <translation>Décision d&apos;enquête européenne (directive 2014/41/UE)</translation>
    </message>
    <message>
        <source>European Production Order Certificate (Regulation (EU) 2023/1543)</source>
        <translation>Certificat d&apos;injonction européenne de production (règlement (UE) 2023/1543)</translation>
    </message>
    <message>
        <source>European Preservation Order Certificate (Regulation (EU) 2023/1543)</source>
        <translation>Certificat d&apos;injonction européenne de conservation (règlement (UE) 2023/1543)</translation>
    </message>
    <message>
        <source>Expedited preservation (Budapest Convention Art. 29)</source>
        <translation>Conservation rapide (Convention de Budapest, art. 29)</translation>
    </message>
    <message>
        <source>Mutual assistance for stored computer data (Budapest Convention Art. 31)</source>
        <translation>Entraide concernant l&apos;accès aux données informatiques stockées (Convention de Budapest, art. 31)</translation>
    </message>
    <message>
        <source>Domain name registration information (Second Additional Protocol Art. 6)</source>
        <translation>Informations relatives à l&apos;enregistrement de noms de domaine (deuxième Protocole additionnel, art. 6)</translation>
    </message>
    <message>
        <source>Subscriber information from a provider (Second Additional Protocol Art. 7)</source>
        <translation>Informations relatives aux abonnés détenues par un fournisseur (deuxième Protocole additionnel, art. 7)</translation>
    </message>
    <message>
        <source>Giving effect to an order for subscriber information or traffic data (Second Additional Protocol Art. 8)</source>
        <translation>Exécution d&apos;une injonction de produire des informations relatives aux abonnés ou des données relatives au trafic (deuxième Protocole additionnel, art. 8)</translation>
    </message>
    <message>
        <source>Emergency disclosure via the 24/7 network (Second Additional Protocol Art. 9)</source>
        <translation>Divulgation accélérée en situation d&apos;urgence via le réseau 24/7 (deuxième Protocole additionnel, art. 9)</translation>
    </message>
    <message>
        <source>Emergency mutual assistance (Second Additional Protocol Art. 10)</source>
        <translation>Entraide en situation d&apos;urgence (deuxième Protocole additionnel, art. 10)</translation>
    </message>
    <message>
        <source>Order under a CLOUD Act executive agreement</source>
        <translation>Injonction au titre d&apos;un accord exécutif CLOUD Act</translation>
    </message>
    <message>
        <source>subscriber</source>
        <translation>abonné</translation>
    </message>
    <message>
        <source>user-identifying</source>
        <translation>identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>trafic</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>ip-address</source>
        <translation>adresse IP</translation>
    </message>
    <message>
        <source>phone-number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>nom de domaine</translation>
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
        <translation>déverrouillage</translation>
    </message>
    <message>
        <source>unlock-failed</source>
        <translation>échec du déverrouillage</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <source>view</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>status</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>approval-withdrawn</source>
        <translation>approbation retirée</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>approval-imported</source>
        <translation>approbation importée</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>user-added</source>
        <translation>utilisateur ajouté</translation>
    </message>
    <message>
        <source>user-removed</source>
        <translation>utilisateur supprimé</translation>
    </message>
    <message>
        <source>roles-changed</source>
        <translation>rôles modifiés</translation>
    </message>
    <message>
        <source>passphrase-changed</source>
        <translation>phrase secrète modifiée</translation>
    </message>
    <message>
        <source>access-reset</source>
        <translation>accès réinitialisé</translation>
    </message>
    <message>
        <source>deadline-adjusted</source>
        <translation>délai ajusté</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>attachment-added</source>
        <translation>pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>retention-set</source>
        <translation>conservation fixée</translation>
    </message>
    <message>
        <source>retention-extended</source>
        <translation>conservation prolongée</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purge</translation>
    </message>
    <message>
        <source>purge-incomplete</source>
        <translation>purge incomplète</translation>
    </message>
    <message>
        <source>render</source>
        <translation>document produit</translation>
    </message>
    <message>
        <source>bundle-export</source>
        <translation>paquet exporté</translation>
    </message>
    <message>
        <source>bundle-sign</source>
        <translation>paquet signé</translation>
    </message>
    <message>
        <source>bundle-verify</source>
        <translation>paquet vérifié</translation>
    </message>
    <message>
        <source>bundle-import</source>
        <translation>paquet importé</translation>
    </message>
    <message>
        <source>trust-added</source>
        <translation>certificat de confiance ajouté</translation>
    </message>
    <message>
        <source>trust-removed</source>
        <translation>certificat de confiance retiré</translation>
    </message>
    <message>
        <source>remember</source>
        <translation>mémorisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>remember-failed</source>
        <translation>échec de la mémorisation</translation>
    </message>
    <message>
        <source>forget</source>
        <translation>oublié sur cet ordinateur</translation>
    </message>
    <message>
        <source>forget-failed</source>
        <translation>échec de l&apos;oubli</translation>
    </message>
    <message>
        <source>audit-anchor</source>
        <translation>ancrage du journal</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code</comment>
        <extracomment>The ISO 639-1 code of this catalogue&apos;s language (fr, de): element labels are then taken from the document catalogue of that language.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>liaison officer</source>
        <translation>officier de liaison</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>procureur</translation>
    </message>
    <message>
        <source>translator</source>
        <translation>traducteur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Budapest Art. 30</source>
        <translation>Budapest art. 30</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>data produced</source>
        <translation>données produites</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>production order confirmed (Annex V)</source>
        <translation>injonction de production confirmée (annexe V)</translation>
    </message>
    <message>
        <source>extension requested</source>
        <translation>prolongation demandée</translation>
    </message>
    <message>
        <source>provisional measure decided</source>
        <translation>décision sur la mesure provisoire</translation>
    </message>
    <message>
        <source>a provisional measure is requested</source>
        <translation>une mesure provisoire est demandée</translation>
    </message>
    <message>
        <source>issued without prior validation (emergency)</source>
        <translation>émise sans validation préalable (urgence)</translation>
    </message>
    <message>
        <source>Expedited disclosure of preserved traffic data (Budapest Convention Art. 30)</source>
        <translation>Divulgation rapide de données relatives au trafic conservées (Convention de Budapest, art. 30)</translation>
    </message>
    <message>
        <source>enforcement request received</source>
        <translation>demande d&apos;exécution reçue</translation>
    </message>
    <message>
        <source>interception of telecommunications (Art. 30)</source>
        <translation>interception des télécommunications (art. 30)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>&quot;%1&quot; is not a free-text field of a request (%2)</source>
        <translation>« %1 » n&apos;est pas un champ de texte libre d&apos;une demande (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>« %1 » n&apos;est pas un code de langue ISO 639-1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the language the request is written in: change the request itself</source>
        <translation>« %1 » est la langue dans laquelle la demande est rédigée : modifiez la demande elle-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a translation (%2)</source>
        <translation>« %1 » n&apos;est pas un statut de traduction (%2)</translation>
    </message>
    <message>
        <source>a %1 translation needs a text</source>
        <translation>une traduction %1 doit comporter un texte</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>« %1 » ne fait pas partie de : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>« %1 » n&apos;est pas un code de pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone (e.g. Europe/Berlin)</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA (p. ex. Europe/Paris)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lower-case UUID</source>
        <translation>« %1 » n&apos;est pas un UUID en minuscules</translation>
    </message>
    <message>
        <source>is not a valid date and time</source>
        <translation>n&apos;est pas une date et heure valides</translation>
    </message>
    <message>
        <source>is not a valid UTC date and time</source>
        <translation>n&apos;est pas une date et heure UTC valides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the future (%2): record events once they happen</source>
        <translation>« %1 » est dans le futur (%2) : consignez les événements une fois survenus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) cannot come before &quot;%3&quot; (%4)</source>
        <translation>« %1 » (%2) ne peut pas précéder « %3 » (%4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known instrument</source>
        <translation>« %1 » n&apos;est pas un instrument connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of %2 requests (allowed: %3)</source>
        <translation>« %1 » n&apos;est pas un statut des demandes %2 (statuts admis : %3)</translation>
    </message>
    <message>
        <source>needs valid &quot;from&quot; and &quot;to&quot; dates (YYYY-MM-DD)</source>
        <translation>exige des dates « from » et « to » valides (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>a request cannot link to itself</source>
        <translation>une demande ne peut pas être liée à elle-même</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Create the folder?</source>
        <translation>Créer le dossier ?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and save %2 there?</source>
        <translation>Le dossier %1 n&apos;existe pas. Le créer et y enregistrer %2 ?</translation>
    </message>
    <message>
        <source>Folder not created</source>
        <translation>Dossier non créé</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another folder with Browse….</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé. Choisissez un autre dossier avec Parcourir….</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the text ends too early (%1)</source>
        <translation>le texte s&apos;arrête trop tôt (%1)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte %4)</source>
        <translation>%1 à la ligne %2, colonne %3 (octet %4)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>lists and objects nested too deeply</source>
        <translation>listes et objets imbriqués trop profondément</translation>
    </message>
    <message>
        <source>a value was not read (program error)</source>
        <translation>une valeur n&apos;a pas été lue (erreur du programme)</translation>
    </message>
    <message>
        <source>expected a name in double quotes</source>
        <translation>un nom entre guillemets doubles est attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a name</source>
        <translation>« : » est attendu après un nom</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>texte qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>texte sans guillemet fermant</translation>
    </message>
    <message>
        <source>an escape</source>
        <translation>une séquence d&apos;échappement</translation>
    </message>
    <message>
        <source>an unknown escape in text</source>
        <translation>une séquence d&apos;échappement inconnue dans le texte</translation>
    </message>
    <message>
        <source>a control character in text (it must be escaped)</source>
        <translation>un caractère de contrôle dans le texte (il doit être échappé)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false est attendu</translation>
    </message>
    <message>
        <source>expected null</source>
        <translation>null est attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>a number without digits</source>
        <translation>un nombre sans chiffres</translation>
    </message>
    <message>
        <source>a number without digits after its point</source>
        <translation>un nombre sans chiffres après la virgule</translation>
    </message>
    <message>
        <source>a number without digits in its exponent</source>
        <translation>un nombre sans chiffres dans son exposant</translation>
    </message>
    <message>
        <source>more follows the end of the JSON value</source>
        <translation>du contenu suit la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>Could not write the calendar file (libical: %1). Close other programs to free memory and export again.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;agenda (libical : %1). Fermez d&apos;autres programmes pour libérer de la mémoire et exportez à nouveau.</translation>
    </message>
    <message>
        <source>The calendar export needs a valid time.</source>
        <translation>L&apos;exportation vers l&apos;agenda nécessite une heure valide.</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (byte %1)</source>
        <translation>n&apos;est pas de l&apos;UTF-8 valide (octet %1)</translation>
    </message>
    <message>
        <source>holds an unpaired surrogate (%1): it is no character, the text is damaged</source>
        <translation>contient un demi-codet d&apos;indirection isolé (%1) : ce n&apos;est pas un caractère, le texte est endommagé</translation>
    </message>
    <message>
        <source>holds %1, a bidirectional text control, which this field does not allow (it can make text show in another order than it is stored)</source>
        <translation>contient %1, un caractère de contrôle bidirectionnel que ce champ n&apos;admet pas (il peut afficher le texte dans un autre ordre que celui de l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>holds %1, an invisible formatting character, which this field does not allow (two values that look the same would differ)</source>
        <translation>contient %1, un caractère de formatage invisible que ce champ n&apos;admet pas (deux valeurs d&apos;apparence identique seraient différentes)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>compte %1 caractères ; %2 au maximum sont admis</translation>
    </message>
    <message>
        <source>holds the control character %1, which this field does not allow%2</source>
        <translation>contient le caractère de contrôle %1, que ce champ n&apos;admet pas%2</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>n&apos;est pas un champ de cet enregistrement</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time with a time zone (e.g. 2026-03-01T09:30:00Z)</source>
        <translation>« %1 » n&apos;est pas une date et heure valides avec fuseau horaire (p. ex. 2026-03-01T09:30:00Z)</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation>compte plus de %1 éléments</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code</source>
        <translation>« %1 » n&apos;est pas un code de langue ISO 639-1</translation>
    </message>
    <message>
        <source>must be a SHA-256 in lower-case hex</source>
        <translation>doit être un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>%1 has a text in &quot;%2&quot; twice</source>
        <translation>%1 comporte deux fois un texte en « %2 »</translation>
    </message>
    <message>
        <source>withdrawn_at and withdrawn_by are given together or not at all</source>
        <translation>withdrawn_at et withdrawn_by sont indiqués ensemble ou pas du tout</translation>
    </message>
    <message>
        <source> At least %1 problems; the first %2:</source>
        <translation> Au moins %1 problèmes ; les %2 premiers :</translation>
    </message>
    <message>
        <source> %1 problem(s), the first %2:</source>
        <translation> %1 problème(s), les %2 premiers :</translation>
    </message>
    <message>
        <source> %1 problem(s):</source>
        <translation> %1 problème(s) :</translation>
    </message>
    <message>
        <source>
  … and more: checking stopped after %1 problems</source>
        <translation>
  … et d&apos;autres : la vérification s&apos;est arrêtée après %1 problèmes</translation>
    </message>
    <message>
        <source>; %1 more records were not checked.</source>
        <translation> ; %1 autres enregistrements n&apos;ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>
  … and %1 more.</source>
        <translation>
  … et %1 de plus.</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1 : doit être une liste</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1 : doit être un objet</translation>
    </message>
    <message>
        <source>Could not write the interchange file: %1.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;échange : %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB.</source>
        <translation>%1 dépasse 1 Gio.</translation>
    </message>
    <message>
        <source>Nothing was imported; the register is unchanged.</source>
        <translation>Rien n&apos;a été importé ; le registre est inchangé.</translation>
    </message>
    <message>
        <source> The file is larger than 1 GiB.</source>
        <translation> Le fichier dépasse 1 Gio.</translation>
    </message>
    <message>
        <source> The file is not valid JSON: %1.%2</source>
        <translation> Le fichier n&apos;est pas un JSON valide : %1.%2</translation>
    </message>
    <message>
        <source> Was it cut short?</source>
        <translation> A-t-il été tronqué ?</translation>
    </message>
    <message>
        <source> The file must hold one JSON object.</source>
        <translation> Le fichier doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>%1: is not a part of the interchange format</source>
        <translation>%1 : ne fait pas partie du format d&apos;échange</translation>
    </message>
    <message>
        <source>%1: is given more than once</source>
        <translation>%1 : est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source> This is not an MLA Desk interchange file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation> Ce n&apos;est pas un fichier d&apos;échange MLA Desk (« format » doit valoir « %1 »).</translation>
    </message>
    <message>
        <source> Interchange &quot;version&quot; must be the number %1, not the text &quot;%2&quot; (write &quot;version&quot;: %1, without quotes).</source>
        <translation> La « version » d&apos;échange doit être le nombre %1, et non le texte « %2 » (écrivez &quot;version&quot;: %1, sans guillemets).</translation>
    </message>
    <message>
        <source> Interchange version %1 is not supported (this MLA Desk reads version %2).</source>
        <translation> La version d&apos;échange %1 n&apos;est pas prise en charge (ce MLA Desk lit la version %2).</translation>
    </message>
    <message>
        <source>%1[%2].%3: &quot;%4&quot; is already in the register</source>
        <translation>%1[%2].%3 : « %4 » figure déjà dans le registre</translation>
    </message>
    <message>
        <source>%1[%2].%3: &quot;%4&quot; is a duplicate of %1[%5]</source>
        <translation>%1[%2].%3 : « %4 » est un doublon de %1[%5]</translation>
    </message>
    <message>
        <source>%1.%2: %3 &quot;%4&quot; is neither in the file nor in the register</source>
        <translation>%1.%2 : %3 « %4 » ne figure ni dans le fichier ni dans le registre</translation>
    </message>
    <message>
        <source>translations: request &quot;%1&quot; is not in the file</source>
        <translation>translations : la demande « %1 » ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>%1.text_language: &quot;%2&quot; is not an ISO 639-1 language code</source>
        <translation>%1.text_language : « %2 » n&apos;est pas un code de langue ISO 639-1</translation>
    </message>
    <message>
        <source>approvals: request &quot;%1&quot; is not in the file</source>
        <translation>approvals : la demande « %1 » ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>.approvals: only an outgoing request is approved</source>
        <translation>.approvals : seule une demande sortante est approuvée</translation>
    </message>
    <message>
        <source>%1.approvals[%2].at: two approvals at the same time</source>
        <translation>%1.approvals[%2].at : deux approbations à la même heure</translation>
    </message>
    <message>
        <source>.approvals: more than one approval is current (not withdrawn)</source>
        <translation>.approvals : plus d&apos;une approbation est en vigueur (non retirée)</translation>
    </message>
    <message>
        <source>requests[%1] (&quot;%2&quot;).status: &quot;approved&quot; needs a prosecutor&apos;s approval on record, and the file carries none</source>
        <translation>requests[%1] (« %2 »).status : « approved » exige une approbation d&apos;un magistrat du parquet consignée, et le fichier n&apos;en contient aucune</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>RegisterOpener</name>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Le registre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Open a &amp;backup…</source>
        <translation>Ouvrir une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Open &amp;another register…</source>
        <translation>Ouvrir un &amp;autre registre…</translation>
    </message>
    <message>
        <source>Preparing the sandbox with sample data…</source>
        <translation>Préparation du bac à sable avec des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>No sandbox</source>
        <translation>Pas de bac à sable</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : illisible (%2)</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; does not match the file name</source>
        <translation>%1 : %2 : « %3 » ne correspond pas au nom du fichier</translation>
    </message>
    <message>
        <source>%1: no catalogue file for the instrument &quot;%2&quot;</source>
        <translation>%1 : aucun fichier de catalogue pour l&apos;instrument « %2 »</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>JSON non valide à l&apos;octet %1 (%2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be outgoing or incoming</source>
        <translation>doit valoir outgoing ou incoming</translation>
    </message>
    <message>
        <source>unknown urgency &quot;%1&quot;</source>
        <translation>urgence inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown data category &quot;%1&quot;</source>
        <translation>catégorie de données inconnue « %1 »</translation>
    </message>
    <message>
        <source>no element &quot;%1&quot;</source>
        <translation>aucun élément « %1 »</translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot;</source>
        <translation>instrument inconnu « %1 »</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be eu-1182-71 or calendar</source>
        <translation>doit valoir eu-1182-71 ou calendar</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>contrôle inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be checked with &quot;%2&quot;</source>
        <translation>« %1 » ne peut pas être contrôlé avec « %2 »</translation>
    </message>
    <message>
        <source>must be requested or requesting</source>
        <translation>doit valoir requested ou requesting</translation>
    </message>
    <message>
        <source>must be in hours exactly when the period is</source>
        <translation>doit être en heures exactement quand le délai l&apos;est</translation>
    </message>
    <message>
        <source>must be western or orthodox</source>
        <translation>doit valoir western ou orthodox</translation>
    </message>
    <message>
        <source>an nth-weekday rule needs month, weekday and nth (1-5 or -1)</source>
        <translation>une règle nth-weekday exige month, weekday et nth (1 à 5 ou -1)</translation>
    </message>
    <message>
        <source>a fixed holiday needs a valid month and day</source>
        <translation>un jour férié fixe exige un mois et un jour valides</translation>
    </message>
    <message>
        <source>must be next-weekday or nearest-weekday</source>
        <translation>doit valoir next-weekday ou nearest-weekday</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 code</source>
        <translation>« %1 » n&apos;est pas un code ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>instrument inconnu</translation>
    </message>
    <message>
        <source>must be a non-empty list of language codes</source>
        <translation>doit être une liste non vide de codes de langue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 code</source>
        <translation>« %1 » n&apos;est pas un code ISO 639-1</translation>
    </message>
    <message>
        <source>must be eu-1182-71 when given</source>
        <translation>doit valoir eu-1182-71 lorsqu&apos;il est indiqué</translation>
    </message>
    <message>
        <source>must list ISO weekdays 1-7</source>
        <translation>doit lister des jours de semaine ISO de 1 à 7</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the year (MM-DD).</source>
        <translation>« %1 » n&apos;est pas un jour de l&apos;année (MM-JJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a holiday rule. Write a date as 12-25, a day after Easter as Easter+1 (or Orthodox Easter+1), or a weekday of a month as 4th Thu Nov or last Mon May.</source>
        <translation>« %1 » n&apos;est pas une règle de jour férié. Écrivez une date sous la forme 12-25, un jour après Pâques sous la forme Easter+1 (ou Orthodox Easter+1), ou un jour de semaine d&apos;un mois sous la forme 4th Thu Nov ou last Mon May.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>must say which requests it forbids</source>
        <translation>doit dire quelles demandes elle interdit</translation>
    </message>
    <message>
        <source>must be hours, days, weeks or working-days</source>
        <translation>doit être hours, days, weeks ou working-days</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>This is not a certificate (empty, or larger than 64 KiB).</source>
        <translation>Ce n&apos;est pas un certificat (vide, ou de plus de 64 Kio).</translation>
    </message>
    <message>
        <source>This is not a DER or PEM X.509 certificate, or it is damaged.</source>
        <translation>Ce n&apos;est pas un certificat X.509 DER ou PEM, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The certificate file is larger than 4 MiB.</source>
        <translation>Le fichier de certificat dépasse 4 Mio.</translation>
    </message>
    <message>
        <source>No certificate found: the file has no readable &quot;BEGIN CERTIFICATE&quot; block.</source>
        <translation>Aucun certificat trouvé : le fichier ne contient aucun bloc « BEGIN CERTIFICATE » lisible.</translation>
    </message>
    <message>
        <source>The folder %1 holds no .pem, .crt, .cer or .der file.</source>
        <translation>Le dossier %1 ne contient aucun fichier .pem, .crt, .cer ou .der.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged (%2). Restore it from a backup of this register; without it the register cannot be opened.</source>
        <translation>Le fichier des emplacements de clé %1 est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde de ce registre ; sans lui, le registre ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB). Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète (Argon2id a besoin de %1 Mio). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>A key slot has the wrong size.</source>
        <translation>Un emplacement de clé n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The key does not open this slot.</source>
        <translation>La clé n&apos;ouvre pas cet emplacement.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already has a key slot in this register.</source>
        <translation>L&apos;utilisateur « %1 » a déjà un emplacement de clé dans ce registre.</translation>
    </message>
    <message>
        <source>This register has no user &quot;%1&quot;.</source>
        <translation>Ce registre n&apos;a pas d&apos;utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the register&apos;s only user.</source>
        <translation>« %1 » est le seul utilisateur du registre.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>La phrase secrète est erronée. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The secret remembered on this computer no longer opens this register.</source>
        <translation>Le secret mémorisé sur cet ordinateur n&apos;ouvre plus ce registre.</translation>
    </message>
    <message>
        <source>Could not write the key-slot file %1: %2. Check that the disk has space and the folder is writable.</source>
        <translation>Impossible d&apos;écrire le fichier des emplacements de clé %1 : %2. Vérifiez que le disque dispose d&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>il est manquant</translation>
    </message>
    <message>
        <source>Could not read the key-slot file %1: %2.</source>
        <translation>Impossible de lire le fichier des emplacements de clé %1 : %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>il est beaucoup trop volumineux</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>not a key-slot file</source>
        <translation>ce n&apos;est pas un fichier d&apos;emplacements de clé</translation>
    </message>
    <message>
        <source>unknown version %1; a newer MLA Desk may be needed</source>
        <translation>version inconnue %1 ; une version plus récente de MLA Desk est peut-être nécessaire</translation>
    </message>
    <message>
        <source>no register id</source>
        <translation>aucun identifiant de registre</translation>
    </message>
    <message>
        <source>unknown slot kind &quot;%1&quot;</source>
        <translation>type d&apos;emplacement inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>a slot asks for an unreasonable Argon2id cost</source>
        <translation>un emplacement demande un coût Argon2id déraisonnable</translation>
    </message>
    <message>
        <source>a slot has a salt of the wrong size</source>
        <translation>un emplacement a un sel de taille incorrecte</translation>
    </message>
    <message>
        <source>it holds no passphrase slot</source>
        <translation>il ne contient aucun emplacement à phrase secrète</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Enter the register&apos;s passphrase instead; nothing was stored outside the keychain.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé (%1). Saisissez plutôt la phrase secrète du registre ; rien n&apos;a été stocké hors du trousseau.</translation>
    </message>
    <message>
        <source>This register is not remembered on this computer.</source>
        <translation>Ce registre n&apos;est pas mémorisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1 : %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty; its first line must hold the passphrase.</source>
        <translation>Le fichier de phrase secrète %1 est vide ; sa première ligne doit contenir la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>il n&apos;a pas répondu dans la %n seconde</numerusform>
            <numerusform>il n&apos;a pas répondu dans les %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>The register is locked.</source>
        <translation>Le registre est verrouillé.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) n&apos;a pas le droit de %3.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;.</source>
        <translation>Instrument inconnu « %1 ».</translation>
    </message>
    <message>
        <source>A new outgoing request starts as a draft, not &quot;%1&quot;: it is approved and sent through the workflow.</source>
        <translation>Une nouvelle demande émise commence comme brouillon, et non « %1 » : elle est approuvée et envoyée par le circuit de traitement.</translation>
    </message>
    <message>
        <source>A change of status goes through the workflow&apos;s actions, not an edit.</source>
        <translation>Un changement de statut passe par les actions du circuit de traitement, pas par une modification.</translation>
    </message>
    <message>
        <source>Approval needs a prosecutor who did not draft the request, confirming with their passphrase.</source>
        <translation>L&apos;approbation requiert un magistrat du parquet qui n&apos;a pas rédigé la demande et qui confirme avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The approval must be confirmed by %1.</source>
        <translation>L&apos;approbation doit être confirmée par %1.</translation>
    </message>
    <message>
        <source>Only outgoing requests are approved.</source>
        <translation>Seules les demandes émises sont approuvées.</translation>
    </message>
    <message>
        <source>Request %1 is &quot;%2&quot;; it must be in review to be approved.</source>
        <translation>La demande %1 a le statut « %2 » ; elle doit être en relecture pour être approuvée.</translation>
    </message>
    <message>
        <source>No drafter is on record for request %1, so four eyes cannot be shown. Move it back to draft; whoever submits it for review again is recorded as its drafter.</source>
        <translation>Aucun rédacteur n&apos;est enregistré pour la demande %1 : le principe des quatre yeux ne peut pas être démontré. Remettez-la en brouillon ; la personne qui la soumettra de nouveau à la relecture sera enregistrée comme rédacteur.</translation>
    </message>
    <message>
        <source>%1 changed request %2 since it was last approved and cannot also approve it: a prosecutor who did not write it must (four eyes).</source>
        <translation>%1 a modifié la demande %2 depuis sa dernière approbation et ne peut pas aussi l&apos;approuver : un magistrat du parquet qui ne l&apos;a pas rédigée doit le faire (principe des quatre yeux).</translation>
    </message>
    <message>
        <source>%1 drafted request %2 and cannot also approve it: a second prosecutor must (four eyes).</source>
        <translation>%1 a rédigé la demande %2 et ne peut pas aussi l&apos;approuver : un second magistrat du parquet doit le faire (principe des quatre yeux).</translation>
    </message>
    <message>
        <source>%1 is %2 but no prosecutor&apos;s approval is on record for it in this register (it came in by an import, or its approval was withdrawn): it cannot go out. Move it back to draft and have it approved.</source>
        <translation>%1 a le statut %2 mais aucune approbation d&apos;un magistrat du parquet n&apos;est enregistrée pour elle dans ce registre (elle provient d&apos;une importation, ou son approbation a été retirée) : elle ne peut pas être envoyée. Remettez-la en brouillon et faites-la approuver.</translation>
    </message>
    <message>
        <source>%1 was changed after %2 approved it: it cannot go out as approved. Move it back to draft and have the changed request approved.</source>
        <translation>%1 a été modifiée après son approbation par %2 : elle ne peut pas être envoyée comme approuvée. Remettez-la en brouillon et faites approuver la demande modifiée.</translation>
    </message>
    <message>
        <source>%1 was approved by %2, who is not a prosecutor of this register other than its drafter (an approval a restore carried counts once an administrator has made %2 a prosecutor here): it cannot go out. Move it back to draft and have it approved.</source>
        <translation>%1 a été approuvée par %2, qui n&apos;est pas un magistrat du parquet de ce registre distinct de son rédacteur (une approbation apportée par une restauration compte dès qu&apos;un administrateur a fait de %2 un magistrat du parquet ici) : elle ne peut pas être envoyée. Remettez-la en brouillon et faites-la approuver.</translation>
    </message>
    <message>
        <source>Request %1 cannot be sent: it lacks what its instrument requires. %2.</source>
        <translation>La demande %1 ne peut pas être envoyée : il lui manque ce que son instrument exige. %2.</translation>
    </message>
    <message>
        <source>Request %1 cannot be approved: it lacks what its instrument requires. %2.</source>
        <translation>La demande %1 ne peut pas être approuvée : il lui manque ce que son instrument exige. %2.</translation>
    </message>
    <message>
        <source>%1 is the last administrator of this register; make someone else an administrator first.</source>
        <translation>%1 est le dernier administrateur de ce registre ; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <source>A user needs a name on one line.</source>
        <translation>Un utilisateur doit avoir un nom sur une seule ligne.</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>Il existe déjà un utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est fausse ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unlock the register first.</source>
        <translation>Déverrouillez d&apos;abord le registre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a key slot but no role in this register. Ask an administrator to give you one.</source>
        <translation>« %1 » a un emplacement de clé mais aucun rôle dans ce registre. Demandez à un administrateur de vous en attribuer un.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is wrong; nothing was approved.</source>
        <translation>La phrase secrète de %1 est fausse ; rien n&apos;a été approuvé.</translation>
    </message>
    <message>
        <source>Only %1 can change their own passphrase.</source>
        <translation>Seul(e) %1 peut changer sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>A request cannot have been sent in the future (%1).</source>
        <translation>Une demande ne peut pas avoir été envoyée dans le futur (%1).</translation>
    </message>
</context>
<context>
    <name>StatePicker</name>
    <message>
        <source>(no state)</source>
        <translation>(aucun État)</translation>
    </message>
    <message>
        <source>Type a state&apos;s name or code</source>
        <translation>Tapez le nom ou le code d'un État</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The attachment &quot;%1&quot; (%2) is damaged: %3. Its content cannot be trusted and was not used; restore the file from a backup of the register or ask the sender for it again.</source>
        <translation>La pièce jointe « %1 » (%2) est endommagée : %3. Son contenu n&apos;est pas fiable et n&apos;a pas été utilisé ; restaurez le fichier à partir d&apos;une sauvegarde du registre ou demandez-le à nouveau à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file; attach files one by one.</source>
        <translation>%1 n&apos;est pas un fichier ; joignez les fichiers un par un.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>La demande %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The data received under request %1 were purged on %2 at the end of their retention; nothing more can be attached to it.</source>
        <translation>Les données reçues au titre de la demande %1 ont été purgées le %2 à l&apos;expiration de leur durée de conservation ; plus rien ne peut y être joint.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write the encrypted attachment %1: %2. Nothing was attached; check the free disk space.</source>
        <translation>Impossible d&apos;écrire la pièce jointe chiffrée %1 : %2. Rien n&apos;a été joint ; vérifiez l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2. Nothing was attached.</source>
        <translation>Impossible de lire « %1 » : %2. Rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>storing an attachment</source>
        <translation>l&apos;enregistrement d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; was destroyed%2 at the end of its retention: its key is gone and its content can no longer be read.</source>
        <translation>La pièce jointe « %1 » a été détruite%2 à l&apos;expiration de sa durée de conservation : sa clé n&apos;existe plus et son contenu ne peut plus être lu.</translation>
    </message>
    <message>
        <source>reading an attachment key</source>
        <translation>la lecture de la clé d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>its key in the register is not a 256-bit key</source>
        <translation>sa clé dans le registre n&apos;est pas une clé de 256 bits</translation>
    </message>
    <message>
        <source>its file %1 is missing</source>
        <translation>son fichier %1 est manquant</translation>
    </message>
    <message>
        <source>it is not an MLA Desk attachment file</source>
        <translation>ce n&apos;est pas un fichier de pièce jointe MLA Desk</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>son en-tête est invalide</translation>
    </message>
    <message>
        <source>it is cut short (its end is missing)</source>
        <translation>il est tronqué (sa fin manque)</translation>
    </message>
    <message>
        <source>a part of it at byte %1 fails its authentication check</source>
        <translation>une partie à l&apos;octet %1 échoue au contrôle d&apos;authenticité</translation>
    </message>
    <message>
        <source>it holds more data than was recorded</source>
        <translation>il contient plus de données que ce qui a été enregistré</translation>
    </message>
    <message>
        <source>Could not write the attachment &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire la pièce jointe « %1 » : %2.</translation>
    </message>
    <message>
        <source>there are bytes after its end</source>
        <translation>des octets suivent sa fin</translation>
    </message>
    <message>
        <source>its size is %1 bytes, %2 were recorded</source>
        <translation>sa taille est de %1 octets, %2 ont été enregistrés</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the one recorded</source>
        <translation>son SHA-256 diffère de celui enregistré</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>La pièce jointe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not %1 the attachment file %2: %3. Remove it by hand; its key is already destroyed.</source>
        <translation>Impossible de %1 le fichier de pièce jointe %2 : %3. Supprimez-le à la main ; sa clé est déjà détruite.</translation>
    </message>
    <message>
        <source>The database key must be 256 bits.</source>
        <translation>La clé de la base de données doit comporter 256 bits.</translation>
    </message>
    <message>
        <source>The register&apos;s database %1 is missing. Restore it from a backup.</source>
        <translation>La base de données du registre %1 est manquante. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>SQLCipher refused the key.</source>
        <translation>SQLCipher a refusé la clé.</translation>
    </message>
    <message>
        <source>This SQLite library has no encryption (SQLCipher is required). Refusing to store a register unencrypted.</source>
        <translation>Cette bibliothèque SQLite n&apos;offre pas de chiffrement (SQLCipher est requis). Un registre n&apos;est jamais stocké sans chiffrement.</translation>
    </message>
    <message>
        <source>The register&apos;s database is damaged or is not an MLA Desk database (%1 while %2). Nothing was changed. Open a backup of the register.</source>
        <translation>La base de données du registre est endommagée ou n&apos;est pas une base MLA Desk (%1 lors de : %2). Rien n&apos;a été modifié. Ouvrez une sauvegarde du registre.</translation>
    </message>
    <message>
        <source>The disk is full (while %1). Nothing was saved; free some space and try again.</source>
        <translation>Le disque est plein (lors de : %1). Rien n&apos;a été enregistré ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The register could not be written or read (%1 while %2). Check the disk and the folder&apos;s permissions.</source>
        <translation>Le registre n&apos;a pas pu être écrit ou lu (%1 lors de : %2). Vérifiez le disque et les droits d&apos;accès au dossier.</translation>
    </message>
    <message>
        <source>%1 (while %2).</source>
        <translation>%1 (lors de : %2).</translation>
    </message>
    <message>
        <source>The register is in use by another program (while %1). Close it there and try again.</source>
        <translation>Le registre est utilisé par un autre programme (lors de : %1). Fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>Database error while %1: %2.</source>
        <translation>Erreur de la base de données lors de : %1 : %2.</translation>
    </message>
    <message>
        <source>No request %1 to store deadlines for.</source>
        <translation>Aucune demande %1 pour laquelle enregistrer des délais.</translation>
    </message>
    <message>
        <source>Request %1 has no &quot;%2&quot; deadline. Its deadlines are: %3.</source>
        <translation>La demande %1 n&apos;a pas de délai « %2 ». Ses délais sont : %3.</translation>
    </message>
    <message>
        <source>none yet (record the event they count from)</source>
        <translation>aucun pour l&apos;instant (consignez l&apos;événement à partir duquel ils courent)</translation>
    </message>
    <message>
        <source>The adjustment needs a date and time.</source>
        <translation>L&apos;ajustement exige une date et une heure.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; date is changed where it is recorded, not adjusted.</source>
        <translation>La date « %1 » se modifie là où elle est consignée, elle ne s&apos;ajuste pas.</translation>
    </message>
    <message>
        <source>The clock of &quot;%1&quot; is already stopped.</source>
        <translation>Le délai « %1 » est déjà suspendu.</translation>
    </message>
    <message>
        <source>The clock cannot stop before the period started (%1).</source>
        <translation>Le délai ne peut pas être suspendu avant d&apos;avoir commencé à courir (%1).</translation>
    </message>
    <message>
        <source>The clock of &quot;%1&quot; is not stopped.</source>
        <translation>Le délai « %1 » n&apos;est pas suspendu.</translation>
    </message>
    <message>
        <source>Give the reason (for example the clarification awaited, or the reasons given for the extension).</source>
        <translation>Indiquez le motif (par exemple l&apos;éclaircissement attendu, ou les motifs de la prorogation).</translation>
    </message>
    <message>
        <source>The register&apos;s database is damaged: its integrity check failed (%1). Open a backup of the register.</source>
        <translation>La base de données du registre est endommagée : son contrôle d&apos;intégrité a échoué (%1). Ouvrez une sauvegarde du registre.</translation>
    </message>
    <message>
        <source>This register has schema version %1, but this MLA Desk knows only up to version %2. Open it with a newer MLA Desk.</source>
        <translation>Ce registre a la version de schéma %1, mais ce MLA Desk ne connaît que les versions jusqu&apos;à %2. Ouvrez-le avec une version plus récente de MLA Desk.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Migrating the register to schema version %1 failed; it is unchanged. %2</source>
        <translation>La migration du registre vers la version de schéma %1 a échoué ; il est inchangé. %2</translation>
    </message>
    <message>
        <source>the key-slot file could not be written</source>
        <translation>le fichier des emplacements de clé n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Unlock the register first.</source>
        <translation>Déverrouillez d&apos;abord le registre.</translation>
    </message>
    <message>
        <source>the system keychain refused the key</source>
        <translation>le trousseau du système a refusé la clé</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot; is not valid:
  %2</source>
        <translation>La demande « %1 » n&apos;est pas valide :
  %2</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; to update.</source>
        <translation>Il n&apos;y a pas de demande « %1 » à mettre à jour.</translation>
    </message>
    <message>
        <source>Request %1 cannot go from &quot;%2&quot; to &quot;%3&quot;. From &quot;%2&quot; it can go to: %4.</source>
        <translation>La demande %1 ne peut pas passer de « %2 » à « %3 ». Depuis « %2 », elle peut passer à : %4.</translation>
    </message>
    <message>
        <source>nothing (it is closed)</source>
        <translation>aucun (elle est clôturée)</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot; in this register. &quot;mladesk-cli list&quot; shows the ids and references.</source>
        <translation>Il n&apos;y a pas de demande « %1 » dans ce registre. « mladesk-cli list » affiche les identifiants et les références.</translation>
    </message>
    <message>
        <source>There is no request &quot;%1&quot;.</source>
        <translation>La demande « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 639-1 language code.</source>
        <translation>« %1 » n&apos;est pas un code de langue ISO 639-1.</translation>
    </message>
    <message>
        <source>Request %1 has translations into &quot;%2&quot;: remove them before saying the request is written in it.</source>
        <translation>La demande %1 a des traductions en « %2 » : supprimez-les avant d&apos;indiquer que la demande est rédigée dans cette langue.</translation>
    </message>
    <message>
        <source>The %1 text of request %2 is not valid: %3</source>
        <translation>Le texte %1 de la demande %2 n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>The basis of a retention is &quot;instrument&quot; or &quot;case-decision&quot; (an extension is made with extend).</source>
        <translation>Le fondement d&apos;une durée de conservation est « instrument » ou « case-decision » (une prolongation se fait avec extend).</translation>
    </message>
    <message>
        <source>A reminder more than %1 days ahead is not a reminder.</source>
        <translation>Un rappel plus de %1 jours à l&apos;avance n&apos;est pas un rappel.</translation>
    </message>
    <message>
        <source>The data of request %1 were purged on %2; there is no retention left to decide.</source>
        <translation>Les données de la demande %1 ont été purgées le %2 ; il ne reste aucune durée de conservation à décider.</translation>
    </message>
    <message>
        <source>A case decision sets the date until which the data are kept: give it.</source>
        <translation>Une décision dans la procédure fixe la date jusqu&apos;à laquelle les données sont conservées : indiquez-la.</translation>
    </message>
    <message>
        <source>The instrument of request %1 (%2%3) sets no retention period: the case decision must set the date until which the data are kept.</source>
        <translation>L&apos;instrument de la demande %1 (%2%3) ne fixe aucune durée de conservation : la décision dans la procédure doit fixer la date jusqu&apos;à laquelle les données sont conservées.</translation>
    </message>
    <message>
        <source>The retention of %1 days (%2) counts from the &quot;produced&quot; or &quot;executed&quot; event, which request %3 does not have yet: record it, or give the date.</source>
        <translation>La durée de conservation de %1 jours (%2) court à partir de l&apos;événement « produced » ou « executed », que la demande %3 n&apos;a pas encore : consignez-le, ou indiquez la date.</translation>
    </message>
    <message>
        <source>The retention of request %1 already ends on %2. To keep the data longer, extend it, with the reason.</source>
        <translation>La durée de conservation de la demande %1 prend déjà fin le %2. Pour conserver les données plus longtemps, prolongez-la en indiquant le motif.</translation>
    </message>
    <message>
        <source>No retention is set for request %1; set it before extending it.</source>
        <translation>Aucune durée de conservation n&apos;est fixée pour la demande %1 ; fixez-la avant de la prolonger.</translation>
    </message>
    <message>
        <source>The data of request %1 were purged on %2; they cannot be kept longer.</source>
        <translation>Les données de la demande %1 ont été purgées le %2 ; elles ne peuvent pas être conservées plus longtemps.</translation>
    </message>
    <message>
        <source>An extension keeps the data longer: give a date later than the current end of retention, %1.</source>
        <translation>Une prolongation conserve les données plus longtemps : indiquez une date postérieure à la fin actuelle de la durée de conservation, le %1.</translation>
    </message>
    <message>
        <source>Give the reason for keeping the data longer.</source>
        <translation>Indiquez le motif de la conservation prolongée des données.</translation>
    </message>
    <message>
        <source>Give the reason for destroying the data (for example the end of the retention decided in the case).</source>
        <translation>Indiquez le motif de la destruction des données (par exemple la fin de la durée de conservation décidée dans la procédure).</translation>
    </message>
    <message>
        <source>The data of request %1 were already purged on %2 by %3; there is nothing left to destroy.</source>
        <translation>Les données de la demande %1 ont déjà été purgées le %2 par %3 ; il ne reste rien à détruire.</translation>
    </message>
    <message>
        <source>The backup %1 still holds the purged data: it could not be changed (%2). Delete that backup, or purge it by hand.</source>
        <translation>La sauvegarde %1 contient encore les données purgées : elle n&apos;a pas pu être modifiée (%2). Supprimez cette sauvegarde, ou purgez-la à la main.</translation>
    </message>
    <message>
        <source>reading the trust store</source>
        <translation>la lecture des certificats de confiance</translation>
    </message>
    <message>
        <source>A certificate in the trust store is damaged: %1</source>
        <translation>Un certificat de confiance est endommagé : %1</translation>
    </message>
    <message>
        <source>The certificate %1 (%2) is in the trust store already.</source>
        <translation>Le certificat %1 (%2) figure déjà parmi les certificats de confiance.</translation>
    </message>
    <message>
        <source>adding a trusted certificate</source>
        <translation>l&apos;ajout d&apos;un certificat de confiance</translation>
    </message>
    <message>
        <source>No certificate in the trust store has the fingerprint %1; &quot;trust list&quot; shows them.</source>
        <translation>Aucun certificat de confiance n&apos;a l&apos;empreinte %1 ; « trust list » les affiche.</translation>
    </message>
    <message>
        <source>its header (the first 32 bytes, with the log&apos;s page size and salts) does not verify, so none of its frames can be read, and the transactions committed in them would be lost if the register were opened now</source>
        <translation>son en-tête (les 32 premiers octets, avec la taille de page et les sels du journal) ne se vérifie pas : aucune de ses trames ne peut donc être lue, et les transactions qui y sont validées seraient perdues si le registre était ouvert maintenant</translation>
    </message>
    <message>
        <source>frame %1 of %2 cannot be read, and the transactions committed from it on would be lost if the register were opened now</source>
        <translation>la trame %1 sur %2 ne peut pas être lue, et les transactions validées à partir de celle-ci seraient perdues si le registre était ouvert maintenant</translation>
    </message>
    <message>
        <source>it holds %1 whole frames, but the index %2-shm of the program that last wrote it says %3 were committed: the log was cut short, and the transactions committed after frame %4 would be lost if the register were opened now</source>
        <translation>il contient %1 trames complètes, mais l&apos;index %2-shm du dernier programme qui l&apos;a écrit indique que %3 ont été validées : le journal a été tronqué, et les transactions validées après la trame %4 seraient perdues si le registre était ouvert maintenant</translation>
    </message>
    <message>
        <source>The register&apos;s write-ahead log %1 is damaged: %2. Nothing was changed: the register&apos;s files are exactly as they were. First make a rescue copy: copy the whole folder %3 somewhere safe (it still holds those transactions). Then open a backup of the register. docs/register.md (&quot;A damaged register&quot;) says how to recover.</source>
        <translation>Le journal d&apos;écriture anticipée %1 du registre est endommagé : %2. Rien n&apos;a été modifié : les fichiers du registre sont exactement tels qu&apos;ils étaient. Faites d&apos;abord une copie de secours : copiez tout le dossier %3 en lieu sûr (il contient encore ces transactions). Ouvrez ensuite une sauvegarde du registre. docs/register.md (« A damaged register ») explique comment procéder à la récupération.</translation>
    </message>
    <message>
        <source>A reader opens no other reader.</source>
        <translation>Un lecteur n&apos;ouvre pas d&apos;autre lecteur.</translation>
    </message>
    <message>
        <source>The files and backups of the purged data were not reached: this connection only reads.</source>
        <translation>Les fichiers et sauvegardes des données purgées n&apos;ont pas été atteints : cette connexion ne fait que lire.</translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot; in this register.</source>
        <translation>Il n&apos;y a pas de %1 « %2 » dans ce registre.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid:
  %3</source>
        <translation>%1 « %2 » n&apos;est pas valide :
  %3</translation>
    </message>
    <message>
        <source>This is not a readable MLA Desk backup (%1). Nothing was restored; use another copy of the backup.</source>
        <translation>Ce n&apos;est pas une sauvegarde MLA Desk lisible (%1). Rien n&apos;a été restauré ; utilisez une autre copie de la sauvegarde.</translation>
    </message>
    <message>
        <source>the archive ends inside a file</source>
        <translation>l&apos;archive se termine au milieu d&apos;un fichier</translation>
    </message>
    <message>
        <source>Could not read %1 for the backup: %2</source>
        <translation>Impossible de lire %1 pour la sauvegarde : %2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>it ends without the end-of-archive blocks</source>
        <translation>elle se termine sans les blocs de fin d&apos;archive</translation>
    </message>
    <message>
        <source>a header&apos;s checksum is wrong</source>
        <translation>la somme de contrôle d&apos;un en-tête est fausse</translation>
    </message>
    <message>
        <source>a header is not a ustar header</source>
        <translation>un en-tête n&apos;est pas un en-tête ustar</translation>
    </message>
    <message>
        <source>the size of %1 is impossible</source>
        <translation>la taille de %1 est impossible</translation>
    </message>
    <message>
        <source>the folder %1 has a size</source>
        <translation>le dossier %1 a une taille</translation>
    </message>
    <message>
        <source>%1 is not a regular file (links and devices are refused)</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (liens et périphériques refusés)</translation>
    </message>
    <message>
        <source>it holds %1, which a backup does not</source>
        <translation>elle contient %1, ce qu&apos;une sauvegarde ne contient pas</translation>
    </message>
    <message>
        <source>it holds %1 twice</source>
        <translation>elle contient %1 deux fois</translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation>elle contient plus de %1 fichiers</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that the location is writable.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que l&apos;emplacement est accessible en écriture.</translation>
    </message>
    <message>
        <source>its backup.json is not an MLA Desk backup manifest</source>
        <translation>son backup.json n&apos;est pas un manifeste de sauvegarde MLA Desk</translation>
    </message>
    <message>
        <source>it was made by a newer MLA Desk (format %1); update MLA Desk</source>
        <translation>elle a été faite par un MLA Desk plus récent (format %1) ; mettez MLA Desk à jour</translation>
    </message>
    <message>
        <source>its backup.json lists %1</source>
        <translation>son backup.json mentionne %1</translation>
    </message>
    <message>
        <source>its backup.json is incomplete</source>
        <translation>son backup.json est incomplet</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>its backup.json is larger than %1 bytes</source>
        <translation>son backup.json dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1 comes after backup.json</source>
        <translation>%1 vient après backup.json</translation>
    </message>
    <message>
        <source>the archive ends inside %1</source>
        <translation>l&apos;archive se termine au milieu de %1</translation>
    </message>
    <message>
        <source>it has no backup.json</source>
        <translation>elle n&apos;a pas de backup.json</translation>
    </message>
    <message>
        <source>%1 is missing from it</source>
        <translation>%1 y manque</translation>
    </message>
    <message>
        <source>%1 is not as it was when the backup was made</source>
        <translation>%1 n&apos;est plus tel qu&apos;au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>it holds %1, which its backup.json does not list</source>
        <translation>elle contient %1, que son backup.json ne mentionne pas</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose another name, or move that file away.</source>
        <translation>%1 existe déjà ; une sauvegarde ne remplace jamais un fichier. Choisissez un autre nom ou déplacez ce fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Impossible d&apos;écrire dans %1 : %2. Vérifiez l&apos;espace disque libre et les droits du dossier.</translation>
    </message>
    <message>
        <source>The key slots belong to another register.</source>
        <translation>Les emplacements de clé appartiennent à un autre registre.</translation>
    </message>
    <message>
        <source>The backup %1 did not read back as it was written (%2); it was removed. Check the disk and try again.</source>
        <translation>La sauvegarde %1 ne s&apos;est pas relue telle qu&apos;elle a été écrite (%2) ; elle a été supprimée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>starting the backup</source>
        <translation>au début de la sauvegarde</translation>
    </message>
    <message>
        <source>Could not copy the register for the backup: %1. Check the free disk space.</source>
        <translation>Impossible de copier le registre pour la sauvegarde : %1. Vérifiez l&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>The backup&apos;s copy kept a write-ahead log.</source>
        <translation>La copie de la sauvegarde a gardé un journal d&apos;écriture anticipée.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The attachment file %1 is missing (purged while the backup ran?). Nothing was written; make the backup again.</source>
        <translation>Le fichier de pièce jointe %1 manque (purgé pendant la sauvegarde ?). Rien n&apos;a été écrit ; refaites la sauvegarde.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2. Check the free disk space; nothing was left under that name.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2. Vérifiez l&apos;espace disque libre ; rien n&apos;a été laissé sous ce nom.</translation>
    </message>
    <message>
        <source>%1 exists already; a restore never replaces a register or a folder. Choose a new folder.</source>
        <translation>%1 existe déjà ; une restauration ne remplace jamais un registre ni un dossier. Choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>Could not write in %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace disque libre.</translation>
    </message>
    <message>
        <source>its key slots belong to another register</source>
        <translation>ses emplacements de clé appartiennent à un autre registre</translation>
    </message>
    <message>
        <source>Could not put the restored register at %1: %2. Nothing was replaced; choose a new folder.</source>
        <translation>Impossible de placer le registre restauré dans %1 : %2. Rien n&apos;a été remplacé ; choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>A reader makes no backup.</source>
        <translation>Un lecteur ne fait pas de sauvegarde.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>mladesk::AboutDialog</name>
    <message>
        <source>About MLA Desk</source>
        <translation>À propos de MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MLA Desk %1&lt;/h2&gt;&lt;p&gt;Cross-border requests for evidence: mutual legal assistance, European Investigation and Production Orders, Budapest Convention and CLOUD Act requests, in an encrypted register.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MLA Desk %1&lt;/h2&gt;&lt;p&gt;Demandes transfrontalières de preuves : entraide judiciaire, décisions d&apos;enquête européennes et injonctions de production, demandes au titre de la Convention de Budapest et du CLOUD Act, dans un registre chiffré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Version compilée :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: %1. You may share and change MLA Desk under the terms of the GNU General Public License, version 3 or later; it comes with no warranty. The licences of the parts it is built on are listed in &lt;a href=&quot;file:///usr/share/doc/mladesk/copyright&quot;&gt;its copyright file&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence : %1. Vous pouvez redistribuer et modifier MLA Desk selon les termes de la licence publique générale GNU, version 3 ou ultérieure ; il est fourni sans aucune garantie. Les licences des composants sur lesquels il repose figurent dans &lt;a href=&quot;file:///usr/share/doc/mladesk/copyright&quot;&gt;son fichier de droits d&apos;auteur&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the version, build and libraries, for a support request</source>
        <translation>Copier la version, la compilation et les bibliothèques, pour une demande d&apos;assistance</translation>
    </message>
</context>
<context>
    <name>mladesk::AdjustDeadlineDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Échéance : %2</translation>
    </message>
    <message>
        <source>— clock stopped</source>
        <translation>— délai suspendu</translation>
    </message>
    <message>
        <source>Extended &amp;on:</source>
        <translation>Prorogé &amp;le :</translation>
    </message>
    <message>
        <source>Clock stopped &amp;at:</source>
        <translation>Suspendu &amp;le :</translation>
    </message>
    <message>
        <source>Clock restarted &amp;at:</source>
        <translation>Repris &amp;le :</translation>
    </message>
    <message>
        <source>New due date and &amp;time:</source>
        <translation>Nouvelle é&amp;chéance :</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Time zone of the date</source>
        <translation>Fuseau horaire de la date</translation>
    </message>
    <message>
        <source>Your time (%1)</source>
        <translation>Votre heure (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s time (%2)</source>
        <translation>Heure de l&apos;État %1 (%2)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Fuseau :</translation>
    </message>
    <message>
        <source>as the instrument provides</source>
        <translation>selon l&apos;instrument</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prorogation</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Prorogation :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Optional: what the other side asked, and when</source>
        <translation>Facultatif : ce que l&apos;autre partie a demandé, et quand</translation>
    </message>
    <message>
        <source>Required: the clarification awaited, the reasons given…</source>
        <translation>Obligatoire : l&apos;éclaircissement attendu, les motifs communiqués…</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>e.g. Art. 12(5)</source>
        <translation>p. ex. art. 12, par. 5</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ar&amp;ticle (optional):</source>
        <translation>Ar&amp;ticle (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1, as the instrument provides (%2)</source>
        <translation>%1, selon l&apos;instrument (%2)</translation>
    </message>
    <message>
        <source>The instrument provides no extension of its own: give its length.</source>
        <translation>L&apos;instrument ne prévoit pas de prorogation : indiquez-en la durée.</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrables</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrables</translation>
    </message>
</context>
<context>
    <name>mladesk::ApproveDialog</name>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;p&gt;You approve this request as %3. Any later change to its content withdraws the approval.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;p&gt;Vous approuvez cette demande en tant que %3. Toute modification ultérieure de son contenu retire l&apos;approbation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Commentaire (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
</context>
<context>
    <name>mladesk::AuditView</name>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtre par utilisateur</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre par action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Object, e.g. request: or user:anna</source>
        <translation>Objet, p. ex. request: ou user:anna</translation>
    </message>
    <message>
        <source>Object filter</source>
        <translation>Filtre par objet</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout utilisateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;The chain is intact&lt;/b&gt;: %1 entries. Head: no. %2, &lt;tt&gt;%3&lt;/tt&gt; — note it outside the register to detect later truncation.</source>
        <translation>&lt;b&gt;La chaîne est intacte&lt;/b&gt; : %1 entrées. Tête : n° %2, &lt;tt&gt;%3&lt;/tt&gt; — notez-la hors du registre pour détecter une troncature ultérieure.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c00&apos;&gt;The chain is broken from entry %1&lt;/b&gt;: %2.</source>
        <translation>&lt;b style=&apos;color:#c00&apos;&gt;La chaîne est rompue à partir de l&apos;entrée %1&lt;/b&gt; : %2.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Central authority contact</source>
        <translation>Contact de l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>New state…</source>
        <translation>Nouvel État…</translation>
    </message>
    <message>
        <source>Edit state…</source>
        <translation>Modifier l&apos;État…</translation>
    </message>
    <message>
        <source>New authority…</source>
        <translation>Nouvelle autorité…</translation>
    </message>
    <message>
        <source>Edit authority…</source>
        <translation>Modifier l&apos;autorité…</translation>
    </message>
    <message>
        <source>Authorities of the selected state</source>
        <translation>Autorités de l&apos;État sélectionné</translation>
    </message>
    <message>
        <source>Holidays, languages and contacts…</source>
        <translation>Jours fériés, langues et contacts…</translation>
    </message>
    <message>
        <source>The state&apos;s profile that deadlines and documents use: public holidays, time zone, languages accepted per instrument, central authority, 24/7 contact, reservations</source>
        <translation>Le profil de l&apos;État utilisé par les délais et les documents : jours fériés, fuseau horaire, langues acceptées par instrument, autorité centrale, point de contact 24/7, réserves</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Profil de l&apos;État</translation>
    </message>
</context>
<context>
    <name>mladesk::AuthorityDialog</name>
    <message>
        <source>New authority</source>
        <translation>Nouvelle autorité</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Languages (ISO 639-1, comma-separated):</source>
        <translation>&amp;Langues (ISO 639-1, séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>&amp;Time zone (IANA):</source>
        <translation>&amp;Fuseau horaire (IANA) :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>mladesk::AutomaticBackup</name>
    <message>
        <source>The folder for automatic backups, %1, is not there (a disk not connected?). Connect it, or choose another in Register › Back up….</source>
        <translation>Le dossier des sauvegardes automatiques, %1, est absent (un disque non branché ?). Branchez-le ou choisissez-en un autre dans Registre › Sauvegarder….</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Sauvegarde automatique écrite : %1</translation>
    </message>
    <message>
        <source>Automatic backup written: %1; older ones deleted: %2</source>
        <translation>Sauvegarde automatique écrite : %1 ; anciennes supprimées : %2</translation>
    </message>
</context>
<context>
    <name>mladesk::BackupDialog</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Back up &amp;automatically</source>
        <translation>Sauvegarder &amp;automatiquement</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Sauvegarder le registre</translation>
    </message>
    <message>
        <source>A backup is one file holding the whole register, encrypted as it is: it opens with the passphrase of any of its users. Keep it on another disk than the register. You can keep working while it is made.</source>
        <translation>Une sauvegarde est un seul fichier contenant tout le registre, chiffré tel quel : elle s&apos;ouvre avec la phrase secrète de n&apos;importe lequel de ses utilisateurs. Gardez-la sur un autre disque que le registre. Vous pouvez continuer à travailler pendant qu&apos;elle se fait.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>To the &amp;folder:</source>
        <translation>Dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>&amp;Every (days):</source>
        <translation>&amp;Tous les (jours) :</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Sauvegardes à &amp;garder :</translation>
    </message>
    <message>
        <source>While this register is open on this computer, by a user who may back it up. Older automatic backups in that folder are deleted.</source>
        <translation>Tant que ce registre est ouvert sur cet ordinateur par un utilisateur autorisé à le sauvegarder. Les sauvegardes automatiques plus anciennes de ce dossier sont supprimées.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <source>MLA Desk backups (*%1)</source>
        <translation>Sauvegardes MLA Desk (*%1)</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file. Choose another name.</source>
        <translation>%1 existe déjà ; une sauvegarde ne remplace jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>&amp;Cancel the backup</source>
        <translation>&amp;Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1: %n request(s), %2 attachment(s), users %3; %4.
SHA-256: %5</source>
        <translation>
            <numerusform>Sauvegardé dans %1 : %n demande, %2 pièce(s) jointe(s), utilisateurs %3 ; %4.
SHA-256 : %5</numerusform>
            <numerusform>Sauvegardé dans %1 : %n demandes, %2 pièce(s) jointe(s), utilisateurs %3 ; %4.
SHA-256 : %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleActions</name>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Paquets signés</translation>
    </message>
    <message>
        <source>&amp;Export signed bundle…</source>
        <translation>&amp;Exporter un paquet signé…</translation>
    </message>
    <message>
        <source>The selected approved request as a signed bundle for the requested authority</source>
        <translation>La demande approuvée sélectionnée, sous forme de paquet signé destiné à l&apos;autorité requise</translation>
    </message>
    <message>
        <source>&amp;Add my signature to a bundle…</source>
        <translation>&amp;Ajouter ma signature à un paquet…</translation>
    </message>
    <message>
        <source>Co-sign a bundle, e.g. as the approving prosecutor</source>
        <translation>Cosigner un paquet, p. ex. en tant que magistrat du parquet qui approuve la demande</translation>
    </message>
    <message>
        <source>&amp;Verify or import a bundle…</source>
        <translation>&amp;Vérifier ou importer un paquet…</translation>
    </message>
    <message>
        <source>Check a bundle received from another authority; you can also drop it on the window</source>
        <translation>Vérifier un paquet reçu d&apos;une autre autorité ; vous pouvez aussi le déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Certificats de confiance…</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Exporter un paquet signé</translation>
    </message>
    <message>
        <source>Select the approved outgoing request to export first.</source>
        <translation>Sélectionnez d&apos;abord la demande émise approuvée à exporter.</translation>
    </message>
    <message>
        <source>Add my signature to a bundle</source>
        <translation>Ajouter ma signature à un paquet</translation>
    </message>
    <message>
        <source>Signed bundles (*.asice *.sce)</source>
        <translation>Paquets signés (*.asice *.sce)</translation>
    </message>
    <message>
        <source>Add your signature to %1. It signs the same manifest as the signatures already there; check the bundle first (Verify or import a bundle).</source>
        <translation>Ajoutez votre signature à %1. Elle porte sur le même manifeste que les signatures déjà présentes ; vérifiez d&apos;abord le paquet (Vérifier ou importer un paquet).</translation>
    </message>
    <message>
        <source>Signature not added</source>
        <translation>Signature non ajoutée</translation>
    </message>
    <message>
        <source>Signature added</source>
        <translation>Signature ajoutée</translation>
    </message>
    <message>
        <source>Your signature was added to %1.
SHA-256 of the file now: %2</source>
        <translation>Votre signature a été ajoutée à %1.
Nouvelle empreinte SHA-256 du fichier : %2</translation>
    </message>
    <message>
        <source>Verify or import a bundle</source>
        <translation>Vérifier ou importer un paquet</translation>
    </message>
    <message>
        <source>Bundles (*.asice *.sce *.p7m *.zip);;All files (*)</source>
        <translation>Paquets signés (*.asice *.sce *.p7m *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is encrypted for its recipient. Open it with your certificate.</source>
        <translation>%1 est chiffré pour son destinataire. Ouvrez-le avec votre certificat.</translation>
    </message>
    <message>
        <source>Open an encrypted bundle</source>
        <translation>Ouvrir un paquet chiffré</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export signed bundle</source>
        <translation>Exporter un paquet signé</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>Encrypt for</source>
        <translation>Chiffrer pour</translation>
    </message>
    <message>
        <source>Not encrypted (signed only)</source>
        <translation>Non chiffré (signé uniquement)</translation>
    </message>
    <message>
        <source>&amp;Encrypt for:</source>
        <translation>&amp;Chiffrer pour :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>This request cannot be exported yet.</source>
        <translation>Cette demande ne peut pas encore être exportée.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: the request (interchange format), its document in %2 and %n attachment(s), with a manifest of their SHA-256 digests, signed by you.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : la demande (format d&apos;échange), son document en %2 et %n pièce jointe, avec un manifeste de leurs empreintes SHA-256, signé par vous.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : la demande (format d&apos;échange), son document en %2 et %n pièces jointes, avec un manifeste de leurs empreintes SHA-256, signé par vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose your certificate)</source>
        <translation>(choisissez votre certificat)</translation>
    </message>
    <message>
        <source>Sign the bundle of %1.</source>
        <translation>Signez le paquet de %1.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Signed bundles (*.asice *.p7m)</source>
        <translation>Paquets signés (*.asice *.p7m)</translation>
    </message>
    <message>
        <source>Choose the certificate you sign with first.</source>
        <translation>Choisissez d&apos;abord le certificat avec lequel vous signez.</translation>
    </message>
    <message>
        <source>Writing and signing the bundle…</source>
        <translation>Écriture et signature du paquet…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopped. No bundle was written.</source>
        <translation>Arrêté. Aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Le paquet n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Written: %1 (%2). SHA-256 %3 — give this digest to the recipient by another channel if they want to check the file they received.</source>
        <translation>Écrit : %1 (%2). SHA-256 %3 — communiquez cette empreinte au destinataire par un autre canal s&apos;il souhaite vérifier le fichier reçu.</translation>
    </message>
    <message>
        <source>%1 accepts %2 for this request.</source>
        <translation>%1 accepte %2 pour cette demande.</translation>
    </message>
</context>
<context>
    <name>mladesk::BundleReportDialog</name>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Signature file</source>
        <translation>Fichier de signature</translation>
    </message>
    <message>
        <source>File digest</source>
        <translation>Empreinte du fichier</translation>
    </message>
    <message>
        <source>Listed file present</source>
        <translation>Fichier listé présent</translation>
    </message>
    <message>
        <source>File listed</source>
        <translation>Fichier listé</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>Données de la demande</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signer trusted</source>
        <translation>Signataire de confiance</translation>
    </message>
    <message>
        <source>Certificate valid when signed</source>
        <translation>Certificat valide lors de la signature</translation>
    </message>
    <message>
        <source>Certificate fit for signing</source>
        <translation>Certificat apte à la signature</translation>
    </message>
    <message>
        <source>&amp;Import as incoming request</source>
        <translation>&amp;Importer comme demande reçue</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>File or signer</source>
        <translation>Fichier ou signataire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopped before every check was made: the bundle is not verified.</source>
        <translation>Arrêté avant la fin des contrôles : le paquet n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>Verified: every check passed.</source>
        <translation>Vérifié : tous les contrôles sont réussis.</translation>
    </message>
    <message>
        <source>%1, request %2. SHA-256 of the file: %3</source>
        <translation>%1, demande %2. Empreinte SHA-256 du fichier : %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message numerus="yes">
        <source>Not verified: %n check(s) failed. Do not rely on this bundle.</source>
        <translation>
            <numerusform>Non vérifié : %n contrôle a échoué. Ne vous fiez pas à ce paquet.</numerusform>
            <numerusform>Non vérifié : %n contrôles ont échoué. Ne vous fiez pas à ce paquet.</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation>Empreinte SHA-256 du fichier : %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>signé le %1</translation>
    </message>
    <message>
        <source>no signing time</source>
        <translation>sans heure de signature</translation>
    </message>
    <message>
        <source>trusted through %1</source>
        <translation>de confiance via %1</translation>
    </message>
    <message>
        <source>No signer could be read.</source>
        <translation>Aucun signataire n&apos;a pu être lu.</translation>
    </message>
    <message>
        <source>Signers:</source>
        <translation>Signataires :</translation>
    </message>
    <message>
        <source>Your role cannot import requests.</source>
        <translation>Votre rôle ne permet pas d&apos;importer des demandes.</translation>
    </message>
    <message>
        <source>Only a verified bundle can be imported.</source>
        <translation>Seul un paquet vérifié peut être importé.</translation>
    </message>
    <message>
        <source>Importing the bundle into the register…</source>
        <translation>Importation du paquet dans le registre…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquet non importé</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported as %1, with %n file(s) and this report as its chain of custody.</source>
        <translation>
            <numerusform>Importée sous %1, avec %n fichier et ce rapport comme trace de sa chaîne de conservation des preuves.</numerusform>
            <numerusform>Importée sous %1, avec %n fichiers et ce rapport comme trace de sa chaîne de conservation des preuves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Enregistrer le rapport de vérification</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mladesk::CalendarExportDialog</name>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Exporter les délais vers l&apos;agenda</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes the open deadlines that have a due date as an iCalendar file (.ics) for your calendar program, with reminders a day and an hour before each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistre les délais en cours qui ont une échéance dans un fichier iCalendar (.ics) pour votre logiciel d&apos;agenda, avec un rappel la veille et une heure avant chacune.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The file is not encrypted.&lt;/b&gt; Anyone who can read it sees the references of your requests, the kind of each deadline with its instrument and direction, and the dates. It holds nothing else from the register: no summaries, persons or authorities. Keep it on encrypted storage and delete it when your calendar has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le fichier n&apos;est pas chiffré.&lt;/b&gt; Quiconque peut le lire voit les références de vos demandes, la nature de chaque délai avec son instrument et son sens, ainsi que les dates. Il ne contient rien d&apos;autre du registre : ni objet, ni personnes, ni autorités. Conservez-le sur un support chiffré et supprimez-le une fois importé dans votre agenda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mladesk::CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
    <message>
        <source>National &amp;reference:</source>
        <translation>&amp;Référence nationale :</translation>
    </message>
    <message>
        <source>National reference</source>
        <translation>Référence nationale</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>&amp;Offences (comma-separated):</source>
        <translation>&amp;Infractions (séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Responsible &amp;prosecutor:</source>
        <translation>&amp;Magistrat responsable :</translation>
    </message>
    <message>
        <source>Responsible prosecutor</source>
        <translation>Magistrat responsable</translation>
    </message>
</context>
<context>
    <name>mladesk::CasesView</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Magistrat du parquet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Modifier le dossier…</translation>
    </message>
    <message>
        <source>Could not load cases</source>
        <translation>Impossible de charger les dossiers</translation>
    </message>
</context>
<context>
    <name>mladesk::CreateRegisterDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Se &amp;souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Create a register</source>
        <translation>Créer un registre</translation>
    </message>
    <message>
        <source>A register holds your requests, encrypted. Choose a passphrase you can remember: nobody, including the administrators, can recover it.</source>
        <translation>Un registre contient vos demandes, chiffrées. Choisissez une phrase secrète dont vous vous souviendrez : personne, pas même les administrateurs, ne peut la récupérer.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Ré&amp;péter :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <source>MLA Desk registers (*.mladesk)</source>
        <translation>Registres MLA Desk (*.mladesk)</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, for example four unrelated words.</source>
        <translation>Trop courte : au moins %1 caractères, par exemple quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing words, digits and signs, is stronger.</source>
        <translation>Moyenne : plus longue, ou mêlant mots, chiffres et signes, elle serait plus robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Enter your name; it names your key slot in the register.</source>
        <translation>Saisissez votre nom ; il désigne votre emplacement de clé dans le registre.</translation>
    </message>
    <message>
        <source>A register already exists there. Choose another location.</source>
        <translation>Un registre existe déjà à cet endroit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Creating the register and deriving its key…</source>
        <translation>Création du registre et dérivation de sa clé…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Se souvenir sur cet ordinateur</translation>
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
        <translation>Délais arrivant à échéance : %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
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
        <translation>Échus</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Dans les 7 jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Clocks stopped</source>
        <translation>Délais suspendus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2, whose calendar and time zone (%3) govern this deadline</source>
        <translation>%1 dans l&apos;État %2, dont le calendrier et le fuseau horaire (%3) régissent ce délai</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Échéance (votre heure)</translation>
    </message>
    <message>
        <source>Governing state&apos;s time</source>
        <translation>Heure de l&apos;État de référence</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>mladesk::DeadlinesView</name>
    <message>
        <source>&amp;Open request</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xporter vers l&apos;agenda…</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Délais en cours</translation>
    </message>
    <message>
        <source>Deadline trail</source>
        <translation>Calcul du délai</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Délais en cours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the request of the selected deadline (Enter)</source>
        <translation>Afficher la demande du délai sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Write the open deadlines to an .ics file for your calendar program</source>
        <translation>Enregistrer les délais en cours dans un fichier .ics pour votre logiciel d&apos;agenda</translation>
    </message>
    <message>
        <source>Could not load deadlines</source>
        <translation>Impossible de charger les délais</translation>
    </message>
    <message>
        <source>Could not read the deadlines: %1</source>
        <translation>Impossible de lire les délais : %1</translation>
    </message>
    <message>
        <source>Checked at %1 · times in your zone (%2)</source>
        <translation>Vérifié à %1 · heures dans votre fuseau (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun délai en cours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open deadlines: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Délais en cours : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open deadlines&lt;/h3&gt;&lt;p&gt;A deadline appears here once its request records the event it counts from: received, recognised, notified, served…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun délai en cours&lt;/h3&gt;&lt;p&gt;Un délai apparaît ici dès que sa demande enregistre l&apos;événement qui le fait courir : réception, reconnaissance, notification, signification…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a deadline to see why its date is what it is: the rule, the article, the event it counts from and every adjustment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un délai pour voir comment son échéance est calculée : la règle, l&apos;article, l&apos;événement qui le fait courir et chaque modification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This deadline is no longer open.</source>
        <translation>Ce délai n&apos;est plus en cours.</translation>
    </message>
    <message>
        <source>Deadlines not exported</source>
        <translation>Délais non exportés</translation>
    </message>
    <message>
        <source>Deadlines exported to %1: %2</source>
        <translation>Délais exportés vers %1 : %2</translation>
    </message>
    <message>
        <source>Export not recorded</source>
        <translation>Export non consigné</translation>
    </message>
    <message>
        <source>%1, but the audit trail could not record it: %2</source>
        <translation>%1, mais le journal d&apos;audit n&apos;a pas pu le consigner : %2</translation>
    </message>
</context>
<context>
    <name>mladesk::DocumentPreviewDialog</name>
    <message>
        <source>Request document</source>
        <translation>Document de la demande</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Seconde langue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Side by side with:</source>
        <translation>&amp;En regard de :</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>État du document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Request document: %1</source>
        <translation>Document de la demande : %1</translation>
    </message>
    <message>
        <source>Rendering the document…</source>
        <translation>Mise en page du document…</translation>
    </message>
    <message>
        <source>DRAFT: this document cannot be sent yet. %1</source>
        <translation>PROJET : ce document ne peut pas encore être envoyé. %1</translation>
    </message>
    <message>
        <source>The request lacks what its instrument requires.</source>
        <translation>Il manque à la demande des éléments exigés par son instrument.</translation>
    </message>
    <message>
        <source>Not reviewed in this language: %1.</source>
        <translation>Non relu dans cette langue : %1.</translation>
    </message>
    <message>
        <source>Final: every required element is there and every text is reviewed in this language.</source>
        <translation>Définitif : tous les éléments requis sont présents et chaque texte est relu dans cette langue.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1 (%2). Choose another place.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1 (%2). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. This copy is not encrypted: keep it where the case file belongs and delete it when it has been sent.</source>
        <translation>Enregistré dans %1. Cette copie n&apos;est pas chiffrée : conservez-la avec le dossier et supprimez-la une fois envoyée.</translation>
    </message>
</context>
<context>
    <name>mladesk::EditableTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Supprimer la ligne sélectionnée de %1</translation>
    </message>
</context>
<context>
    <name>mladesk::IntegrityWatch</name>
    <message>
        <source>The register is locked.</source>
        <translation>Le registre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>mladesk::MainWindow</name>
    <message>
        <source>%1 – MLA Desk</source>
        <translation>%1 – MLA Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>Demandes émises</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Authorities and states</source>
        <translation>Autorités et États</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The register is locked&lt;/h2&gt;&lt;p&gt;Its content is hidden until you unlock it again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le registre est verrouillé&lt;/h2&gt;&lt;p&gt;Son contenu reste masqué jusqu&apos;à ce que vous le déverrouilliez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Edit request…</source>
        <translation>&amp;Modifier la demande…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Outgoing requests</source>
        <translation>Demandes &amp;émises</translation>
    </message>
    <message>
        <source>&amp;Incoming requests</source>
        <translation>Demandes &amp;reçues</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Authorities and states</source>
        <translation>&amp;Autorités et États</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MLA Desk</source>
        <translation>À &amp;propos de MLA Desk</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Registre : %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n demande affichée</numerusform>
            <numerusform>%n demandes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The register cannot be opened</source>
        <translation>Le registre ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The register cannot be used</source>
        <translation>Le registre ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Register: %1 — %2 (%3)</source>
        <translation>Registre : %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>E&amp;xport deadlines to calendar…</source>
        <translation>E&amp;xporter les délais vers l&apos;agenda…</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <source>Cannot show the request</source>
        <translation>Impossible d&apos;afficher la demande</translation>
    </message>
    <message>
        <source>Request &amp;document…</source>
        <translation>&amp;Document de la demande…</translation>
    </message>
    <message>
        <source>Trans&amp;late texts</source>
        <translation>Tradui&amp;re les textes</translation>
    </message>
    <message>
        <source>The selected request&apos;s free texts beside their translation</source>
        <translation>Les textes libres de la demande sélectionnée à côté de leur traduction</translation>
    </message>
    <message>
        <source>Checked the register: no damage found.</source>
        <translation>Registre vérifié : aucun dommage trouvé.</translation>
    </message>
    <message>
        <source>Checking the register for damage…</source>
        <translation>Recherche de dommages dans le registre…</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Le registre est endommagé</translation>
    </message>
    <message>
        <source>U&amp;sers…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Changer ma &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sa&amp;uvegarder…</translation>
    </message>
</context>
<context>
    <name>mladesk::RecordDialog</name>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestDeadlinesTab</name>
    <message>
        <source>(not verified against the text)</source>
        <translation>(non vérifié par rapport au texte)</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pro&amp;roger…</translation>
    </message>
    <message>
        <source>S&amp;top clock…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>Res&amp;tart clock…</source>
        <translation>Re&amp;prendre…</translation>
    </message>
    <message>
        <source>Earlier &amp;date…</source>
        <translation>É&amp;chéance avancée…</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Due (your time)</source>
        <translation>Échéance (votre heure)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Governing state&apos;s time</source>
        <translation>Heure de l&apos;État de référence</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Échéance (UTC)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Deadlines of the request</source>
        <translation>Délais de la demande</translation>
    </message>
    <message>
        <source>Deadline trail</source>
        <translation>Calcul du délai</translation>
    </message>
    <message>
        <source>&lt;p&gt;No deadlines yet. They start when the request records the event they count from (for example &lt;i&gt;received&lt;/i&gt; or &lt;i&gt;recognized&lt;/i&gt;, under Procedures in the editor).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun délai pour l&apos;instant. Ils courent dès que la demande enregistre l&apos;événement dont ils dépendent (par exemple &lt;i&gt;received&lt;/i&gt; ou &lt;i&gt;recognized&lt;/i&gt;, sous Procédures dans l&apos;éditeur).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Extend the deadline as the instrument allows, with reasons</source>
        <translation>Proroger le délai dans la mesure prévue par l&apos;instrument, avec motifs</translation>
    </message>
    <message>
        <source>Stop the clock, for example while awaiting a clarification</source>
        <translation>Suspendre le délai, par exemple dans l&apos;attente d&apos;un éclaircissement</translation>
    </message>
    <message>
        <source>Restart a stopped clock</source>
        <translation>Reprendre le cours d&apos;un délai suspendu</translation>
    </message>
    <message>
        <source>Record an earlier date asked by the other side</source>
        <translation>Enregistrer une échéance avancée à la demande de l&apos;autre partie</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete for %1&lt;/b&gt;: it holds every element the instrument requires.</source>
        <translation>&lt;b&gt;Complète au regard de l&apos;instrument %1&lt;/b&gt; : elle contient tous les éléments requis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incomplete for %1&lt;/b&gt;: approval and sending are refused until it holds:</source>
        <translation>&lt;b&gt;Incomplète au regard de l&apos;instrument %1&lt;/b&gt; : l&apos;approbation et l&apos;envoi sont refusés tant qu&apos;elle ne contient pas :</translation>
    </message>
    <message>
        <source>&lt;br&gt;Where possible, also:</source>
        <translation>&lt;br&gt;Dans la mesure du possible, également :</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>délai suspendu</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestDetailsPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <translation>Mesures demandées</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Assistance ou données demandées</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Procédures demandées</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Related requests</source>
        <translation>Demandes liées</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&lt;b&gt;No request selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune demande sélectionnée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request in the list to see it here.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; for a new request, &lt;b&gt;Ctrl+F&lt;/b&gt; to search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une demande dans la liste pour l&apos;afficher ici.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; : nouvelle demande, &lt;b&gt;Ctrl+F&lt;/b&gt; : rechercher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <source>A closed request has no further status.</source>
        <translation>Une demande clôturée n&apos;a plus d&apos;autre statut.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Approve this request as the reviewing prosecutor (four eyes)</source>
        <translation>Approuver cette demande en tant que magistrat relecteur (quatre yeux)</translation>
    </message>
    <message>
        <source>Approval by %1 on %2 withdrawn on %3 (the content changed)</source>
        <translation>Approbation de %1 du %2 retirée le %3 (le contenu a changé)</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <source>Incomplete: required elements missing: %1 (see the Deadlines tab)</source>
        <translation>Incomplète : éléments requis manquants : %1 (voir l&apos;onglet Délais)</translation>
    </message>
    <message>
        <source>Rete&amp;ntion</source>
        <translation>Co&amp;nservation</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>&amp;Traductions</translation>
    </message>
    <message>
        <source>Signed bundle %1, imported by %2 on %3 after every check passed.&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt; · &lt;a href=&quot;custody:%4&quot;&gt;Verification report&lt;/a&gt;&lt;br&gt;</source>
        <translation>Paquet signé %1, importé par %2 le %3 après la réussite de toutes les vérifications.&lt;br&gt;SHA-256 &lt;tt&gt;%4&lt;/tt&gt; · &lt;a href=&quot;custody:%4&quot;&gt;Rapport de vérification&lt;/a&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de conservation des preuves</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>The report made when %1 was imported.</source>
        <translation>Le rapport établi lors de l’importation de %1.</translation>
    </message>
    <message>
        <source>The request states</source>
        <translation>La demande indique</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestEditorDialog</name>
    <message>
        <source>New %1 request %2</source>
        <translation>Nouvelle demande %1 %2</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>émise</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>Edit request %1</source>
        <translation>Modifier la demande %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change to the form (Ctrl+Alt+Z)</source>
        <translation>Annuler la dernière modification du formulaire (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Alt+Y)</source>
        <translation>Rétablir (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <source>The request was not saved:</source>
        <translation>La demande n&apos;a pas été enregistrée :</translation>
    </message>
    <message>
        <source>The request was not saved: %1</source>
        <translation>La demande n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This request has changes that are not saved. Save them?</source>
        <translation>Cette demande comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestFilterBar</name>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre par État</translation>
    </message>
    <message>
        <source>Instrument filter</source>
        <translation>Filtre par instrument</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Filtre par urgence</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Créées &amp;entre</translation>
    </message>
    <message>
        <source>Search references, authorities, persons, summaries (Ctrl+F)</source>
        <translation>Rechercher références, autorités, personnes, objets (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Tous les instruments</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Toute urgence</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créées à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les États</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestForm</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>A subject line, e.g. &quot;Phishing: subscriber data of the sender&quot;</source>
        <translation>Un objet, p. ex. « Hameçonnage : données d&apos;abonné de l&apos;expéditeur »</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Fournisseur de services</translation>
    </message>
    <message>
        <source>For orders addressed to a provider directly (EPOC, 2AP Art. 7, CLOUD Act)</source>
        <translation>Pour les injonctions adressées directement à un fournisseur (EPOC, art. 7 du 2e Protocole, CLOUD Act)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument :</translation>
    </message>
    <message>
        <source>U&amp;rgency:</source>
        <translation>U&amp;rgence :</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Requesting s&amp;tate:</source>
        <translation>É&amp;tat requérant :</translation>
    </message>
    <message>
        <source>Requesting &amp;authority:</source>
        <translation>&amp;Autorité requérante :</translation>
    </message>
    <message>
        <source>Requested st&amp;ate:</source>
        <translation>Ét&amp;at requis :</translation>
    </message>
    <message>
        <source>Requested a&amp;uthority:</source>
        <translation>A&amp;utorité requise :</translation>
    </message>
    <message>
        <source>Service &amp;provider:</source>
        <translation>&amp;Fournisseur de services :</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Measures sought</source>
        <translation>Mesures demandées</translation>
    </message>
    <message>
        <source>One measure per line</source>
        <translation>Une mesure par ligne</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Qualification juridique</translation>
    </message>
    <message>
        <source>The provisions of law that apply, e.g. § 263a StGB</source>
        <translation>Les dispositions légales applicables, p. ex. art. 323-1 du code pénal</translation>
    </message>
    <message>
        <source>&amp;Measures sought:</source>
        <translation>&amp;Mesures demandées :</translation>
    </message>
    <message>
        <source>&amp;Legal qualification:</source>
        <translation>&amp;Qualification juridique :</translation>
    </message>
    <message>
        <source>Legal basis and measures</source>
        <translation>Base juridique et mesures</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base juridique</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>What happened, when, where, and how the data sought relates to it</source>
        <translation>Ce qui s&apos;est passé, quand, où, et le lien avec les données demandées</translation>
    </message>
    <message>
        <source>&amp;Offence:</source>
        <translation>&amp;Infraction :</translation>
    </message>
    <message>
        <source>Summary of the &amp;facts:</source>
        <translation>Exposé des &amp;faits :</translation>
    </message>
    <message>
        <source>Facts and offence</source>
        <translation>Faits et infraction</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Assistance ou données demandées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Assistance or data &amp;sought:</source>
        <translation>Assistance ou données &amp;demandées :</translation>
    </message>
    <message>
        <source>&amp;Identifiers:</source>
        <translation>&amp;Identifiants :</translation>
    </message>
    <message>
        <source>Pe&amp;riods:</source>
        <translation>Pé&amp;riodes :</translation>
    </message>
    <message>
        <source>Data categories:</source>
        <translation>Catégories de données :</translation>
    </message>
    <message>
        <source>Data sought</source>
        <translation>Données demandées</translation>
    </message>
    <message>
        <source>&amp;Data sought</source>
        <translation>&amp;Données demandées</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source>Why the measure is necessary and proportionate to the offence</source>
        <translation>Pourquoi la mesure est nécessaire et proportionnée à l&apos;infraction</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>What the evidence will be used for</source>
        <translation>À quoi serviront les preuves</translation>
    </message>
    <message>
        <source>&amp;Necessity and proportionality:</source>
        <translation>&amp;Nécessité et proportionnalité :</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born (YYYY-MM-DD)</source>
        <translation>Né(e) le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Persons concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>P&amp;ersons</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Procédures demandées</translation>
    </message>
    <message>
        <source>Formalities and procedures to follow</source>
        <translation>Formalités et procédures à respecter</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>Related requests</source>
        <translation>Demandes liées</translation>
    </message>
    <message>
        <source>Pr&amp;ocedures requested:</source>
        <translation>Pr&amp;océdures demandées :</translation>
    </message>
    <message>
        <source>Related re&amp;quests:</source>
        <translation>Demandes &amp;liées :</translation>
    </message>
    <message>
        <source>Procedures and links</source>
        <translation>Procédures et liens</translation>
    </message>
    <message>
        <source>Pr&amp;ocedures</source>
        <translation>Pr&amp;océdures</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>there is no request &quot;%1&quot; in this register</source>
        <translation>il n&apos;y a pas de demande « %1 » dans ce registre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When (YYYY-MM-DD HH:MM, your time, or ending in Z for UTC)</source>
        <translation>Quand (AAAA-MM-JJ HH:MM, heure locale, ou terminé par Z pour UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>É&amp;vénements :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>« %1 » n&apos;est pas une date et heure (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>The request states:</source>
        <translation>La demande indique :</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée le</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestRetentionTab</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>On (your time)</source>
        <translation>Le (votre heure)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Retention decisions</source>
        <translation>Décisions sur la durée de conservation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added (your time)</source>
        <translation>Ajoutée le (votre heure)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Se&amp;t retention…</source>
        <translation>Fixer la &amp;durée de conservation…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>P&amp;urger…</translation>
    </message>
    <message>
        <source>Add attach&amp;ment…</source>
        <translation>Ajouter une pièce &amp;jointe…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Set retention</source>
        <translation>Fixer la durée de conservation</translation>
    </message>
    <message>
        <source>Extend retention</source>
        <translation>Prolonger la durée de conservation</translation>
    </message>
    <message>
        <source>Purge data</source>
        <translation>Purger les données</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>The instrument&apos;s period</source>
        <translation>Durée prévue par l&apos;instrument</translation>
    </message>
    <message>
        <source>Case decision</source>
        <translation>Décision dans la procédure</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixée</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purgées</translation>
    </message>
    <message>
        <source>&lt;b&gt;No retention decided yet.&lt;/b&gt; The data received under this request are kept until a liaison officer or a prosecutor sets until when, and a prosecutor purges them at the end.</source>
        <translation>&lt;b&gt;Aucune durée de conservation décidée.&lt;/b&gt; Les données reçues au titre de cette demande sont conservées jusqu&apos;à ce qu&apos;un officier de liaison ou un magistrat du parquet fixe leur durée de conservation, et qu&apos;un magistrat du parquet les purge à son terme.</translation>
    </message>
    <message>
        <source>on %1 (%2) by %3</source>
        <translation>le %1 (%2) par %3</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Détruit</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) can no longer be read; the request&apos;s free text was redacted.</source>
        <translation>
            <numerusform>%n pièce jointe ne peut plus être lue ; le texte libre de la demande a été caviardé.</numerusform>
            <numerusform>%n pièces jointes ne peuvent plus être lues ; le texte libre de la demande a été caviardé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (your time) — %2</source>
        <translation>%1 (votre heure) — %2</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Ended today: purge the data</source>
        <translation>Expirée aujourd&apos;hui : purgez les données</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n day(s) ago: purge the data</source>
        <translation>
            <numerusform>Expirée depuis %n jour : purgez les données</numerusform>
            <numerusform>Expirée depuis %n jours : purgez les données</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the reminder period of %n day(s)</source>
        <translation>
            <numerusform>dans le délai de rappel de %n jour</numerusform>
            <numerusform>dans le délai de rappel de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Purged on %1</source>
        <translation>Purgée le %1</translation>
    </message>
    <message>
        <source>Cannot be read (no key)</source>
        <translation>Illisible (aucune clé)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The data of this request were purged.</source>
        <translation>Les données de cette demande ont été purgées.</translation>
    </message>
    <message>
        <source>Decide until when the received data are kept</source>
        <translation>Décider jusqu&apos;à quand les données reçues sont conservées</translation>
    </message>
    <message>
        <source>Only a liaison officer or a prosecutor decides the retention.</source>
        <translation>Seul un officier de liaison ou un magistrat du parquet décide de la durée de conservation.</translation>
    </message>
    <message>
        <source>Set the retention first.</source>
        <translation>Fixez d&apos;abord la durée de conservation.</translation>
    </message>
    <message>
        <source>Keep the data longer: a later date and the reason</source>
        <translation>Conserver les données plus longtemps : une date ultérieure et le motif</translation>
    </message>
    <message>
        <source>Destroy the received data and redact the request&apos;s free text</source>
        <translation>Détruire les données reçues et caviarder le texte libre de la demande</translation>
    </message>
    <message>
        <source>Only a prosecutor may purge the data.</source>
        <translation>Seul un magistrat du parquet peut purger les données.</translation>
    </message>
    <message>
        <source>Add a file received under this request; it is kept encrypted</source>
        <translation>Ajouter un fichier reçu au titre de cette demande ; il est conservé chiffré</translation>
    </message>
    <message>
        <source>This attachment was purged: it cannot be read.</source>
        <translation>Cette pièce jointe a été purgée : elle ne peut plus être lue.</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Enregistrer une copie déchiffrée de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Purge incomplete</source>
        <translation>Purge incomplète</translation>
    </message>
    <message>
        <source>The data of %1 were purged in the register, but not everywhere. Remove these by hand:

%2</source>
        <translation>Les données de %1 ont été purgées dans le registre, mais pas partout. Supprimez ceci à la main :

%2</translation>
    </message>
    <message>
        <source>Add an attachment to %1</source>
        <translation>Ajouter une pièce jointe à %1</translation>
    </message>
    <message>
        <source>The copy of “%1” will not be encrypted: anyone who can read the folder you save it in can read it. Keep it where the case files are protected, and delete it when it is no longer needed. The copy is recorded in the audit trail.</source>
        <translation>La copie de « %1 » ne sera pas chiffrée : quiconque peut lire le dossier où vous l&apos;enregistrez peut la lire. Conservez-la là où les pièces du dossier sont protégées et supprimez-la dès qu&apos;elle n&apos;est plus nécessaire. La copie est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mladesk::RequestTranslationsTab</name>
    <message>
        <source>&amp;Save translation</source>
        <translation>&amp;Enregistrer la traduction</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Rédigée en :</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>Traduire &amp;en :</translation>
    </message>
    <message>
        <source>Language the request is written in</source>
        <translation>Langue dans laquelle la demande est rédigée</translation>
    </message>
    <message>
        <source>The language of the request&apos;s own texts (its source)</source>
        <translation>La langue des textes propres de la demande (sa source)</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Langue cible de la traduction</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Texts to translate</source>
        <translation>Textes à traduire</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Status of the translation</source>
        <translation>Statut de la traduction</translation>
    </message>
    <message>
        <source>Reviewed: checked by a translator and fit for a final document</source>
        <translation>Révisée : vérifiée par un traducteur et utilisable dans un document définitif</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation>Qualification juridique</translation>
    </message>
    <message>
        <source>Assistance or data sought</source>
        <translation>Assistance ou données demandées</translation>
    </message>
    <message>
        <source>Necessity and proportionality</source>
        <translation>Nécessité et proportionnalité</translation>
    </message>
    <message>
        <source>Procedures requested</source>
        <translation>Procédures demandées</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Non traduite</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Traduction non enregistrée</translation>
    </message>
    <message>
        <source>The translation of “%1” into %2 has changes that are not saved.</source>
        <translation>La traduction de « %1 » en %2 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The request is written in %1: choose another language to translate into.</source>
        <translation>La demande est rédigée en %1 : choisissez une autre langue cible.</translation>
    </message>
    <message>
        <source>The translation is into %1: choose the language to translate into first.</source>
        <translation>La traduction est en %1 : changez d’abord la langue cible.</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>pas de texte</translation>
    </message>
    <message>
        <source>source changed</source>
        <translation>source modifiée</translation>
    </message>
    <message>
        <source>The request has no free text to translate yet.</source>
        <translation>La demande n’a pas encore de texte libre à traduire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Translation&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Traduction&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>The source text changed after this translation was written: compare them and review it again.</source>
        <translation>Le texte source a changé après cette traduction : comparez-les et révisez-la à nouveau.</translation>
    </message>
    <message>
        <source>Last saved by %1 on %2.</source>
        <translation>Enregistrée par %1 le %2.</translation>
    </message>
    <message>
        <source>Your role cannot edit translations.</source>
        <translation>Votre rôle ne permet pas de modifier les traductions.</translation>
    </message>
    <message>
        <source>Translation not saved</source>
        <translation>Traduction non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Every text is reviewed in %1 (%n in all): a final document can be made in this language.</source>
        <translation>
            <numerusform>Le texte est révisé en %1 (%n au total) : un document définitif peut être établi dans cette langue.</numerusform>
            <numerusform>Tous les textes sont révisés en %1 (%n au total) : un document définitif peut être établi dans cette langue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 texts reviewed in %2. Until all are, the document in this language says DRAFT on every page.</source>
        <translation>
            <numerusform>%n texte sur %1 révisé en %2. Tant qu’ils ne le sont pas tous, le document dans cette langue porte la mention PROJET sur chaque page.</numerusform>
            <numerusform>%n textes sur %1 révisés en %2. Tant qu’ils ne le sont pas tous, le document dans cette langue porte la mention PROJET sur chaque page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mladesk::RequestsView</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No request matches&lt;/h3&gt;&lt;p&gt;Change the search or the filters above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune demande ne correspond&lt;/h3&gt;&lt;p&gt;Modifiez la recherche ou les filtres ci-dessus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No requests yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to record the first one, or import requests with &lt;tt&gt;mladesk-cli import&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune demande pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Appuyez sur &lt;b&gt;Ctrl+N&lt;/b&gt; pour enregistrer la première, ou importez des demandes avec &lt;tt&gt;mladesk-cli import&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not load requests</source>
        <translation>Impossible de charger les demandes</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Modification impossible</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Le registre est verrouillé.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>When did the request leave? The deadlines that run from its sending count from this moment (your time).</source>
        <translation>Quand la demande est-elle partie ? Les délais qui courent à compter de son envoi sont comptés à partir de ce moment (votre heure).</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyée le :</translation>
    </message>
</context>
<context>
    <name>mladesk::RetentionDialog</name>
    <message>
        <source>Kept until</source>
        <translation>Conservées jusqu&apos;au</translation>
    </message>
    <message>
        <source>The data are kept until the start of this day (00:00 UTC).</source>
        <translation>Les données sont conservées jusqu&apos;au début de ce jour (00:00 UTC).</translation>
    </message>
    <message>
        <source>Set the retention of %1</source>
        <translation>Fixer la durée de conservation de %1</translation>
    </message>
    <message>
        <source>Decide until when the data received under &lt;b&gt;%1&lt;/b&gt; are kept.</source>
        <translation>Décidez jusqu&apos;à quand les données reçues au titre de &lt;b&gt;%1&lt;/b&gt; sont conservées.</translation>
    </message>
    <message>
        <source>They are kept until %1 now: an earlier date shortens that. To keep them longer, extend the retention.</source>
        <translation>Elles sont actuellement conservées jusqu&apos;au %1 : une date antérieure raccourcit cette durée. Pour les conserver plus longtemps, prolongez la durée de conservation.</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisissez une date</translation>
    </message>
    <message>
        <source>&amp;Kept until:</source>
        <translation>&amp;Conservées jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Case decision</source>
        <translation>Décision dans la procédure</translation>
    </message>
    <message>
        <source>Instrument (%1 days)</source>
        <translation>Instrument (%1 jours)</translation>
    </message>
    <message>
        <source>Instrument (%1 days, %2)</source>
        <translation>Instrument (%1 jours, %2)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Fondement :</translation>
    </message>
    <message>
        <source>The instrument sets no retention period (%1): the case decision sets the date.</source>
        <translation>L&apos;instrument ne fixe aucune durée de conservation (%1) : la décision dans la procédure fixe la date.</translation>
    </message>
    <message>
        <source>The instrument sets no retention period: the case decision sets the date.</source>
        <translation>L&apos;instrument ne fixe aucune durée de conservation : la décision dans la procédure fixe la date.</translation>
    </message>
    <message>
        <source>The instrument&apos;s period counts from the request&apos;s “produced” or “executed” event, which it does not have yet.</source>
        <translation>La durée prévue par l&apos;instrument court à compter de l&apos;événement « produced » ou « executed » de la demande, qu&apos;elle n&apos;a pas encore.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>e.g. the national provision the decision rests on</source>
        <translation>p. ex. la disposition nationale sur laquelle repose la décision</translation>
    </message>
    <message>
        <source>Ar&amp;ticle (optional):</source>
        <translation>Ar&amp;ticle (facultatif) :</translation>
    </message>
    <message>
        <source>The decision in the case: who decided, when, its reference…</source>
        <translation>La décision dans la procédure : qui l&apos;a prise, quand, sa référence…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Extend the retention of %1</source>
        <translation>Prolonger la durée de conservation de %1</translation>
    </message>
    <message>
        <source>The data received under &lt;b&gt;%1&lt;/b&gt; are kept until %2. To keep them longer, give a later date and the reason.</source>
        <translation>Les données reçues au titre de &lt;b&gt;%1&lt;/b&gt; sont conservées jusqu&apos;au %2. Pour les conserver plus longtemps, indiquez une date ultérieure et le motif.</translation>
    </message>
    <message>
        <source>Choose a date after %1</source>
        <translation>Choisissez une date postérieure au %1</translation>
    </message>
    <message>
        <source>Required: why the data are needed longer</source>
        <translation>Obligatoire : pourquoi les données sont nécessaires plus longtemps</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <source>Purge the data of %1</source>
        <translation>Purger les données de %1</translation>
    </message>
    <message>
        <source>What the purge destroys</source>
        <translation>Ce que la purge détruit</translation>
    </message>
    <message>
        <source>This destroys the data received under %1. It cannot be undone.</source>
        <translation>Ceci détruit les données reçues au titre de %1. C&apos;est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s): their keys are destroyed, so no copy of them, in this register or in its backups, can be read again.</source>
        <translation>
            <numerusform>%n pièce jointe : sa clé est détruite, aucune copie, dans ce registre ou ses sauvegardes, ne pourra plus être lue.</numerusform>
            <numerusform>%n pièces jointes : leurs clés sont détruites, aucune copie, dans ce registre ou ses sauvegardes, ne pourra plus être lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The free text of the request (summary, facts, offence, persons, identifiers…) is replaced by “[purged]”.</source>
        <translation>Le texte libre de la demande (résumé, faits, infraction, personnes, identifiants…) est remplacé par « [purged] ».</translation>
    </message>
    <message>
        <source>The reference, instrument, states, status, events and dates stay, with the record of every retention decision.</source>
        <translation>La référence, l&apos;instrument, les États, le statut, les événements et les dates restent, avec la trace de chaque décision sur la durée de conservation.</translation>
    </message>
    <message>
        <source>The retention decided runs until %1: this purge comes before its end.</source>
        <translation>La durée de conservation décidée court jusqu&apos;au %1 : cette purge intervient avant son terme.</translation>
    </message>
    <message>
        <source>Required: for example the end of the retention decided in the case</source>
        <translation>Obligatoire : par exemple la fin de la durée de conservation décidée dans la procédure</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>P&amp;urger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>mladesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Verrouiller après des minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Lock the register after:</source>
        <translation>&amp;Verrouiller le registre après :</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>A new language takes effect when MLA Desk starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de MLA Desk.</translation>
    </message>
    <message>
        <source>Your .p12 or .pfx file, for signing bundles</source>
        <translation>Votre fichier .p12 ou .pfx, pour signer les paquets</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Fichier du certificat de signature</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Signing certificate of %1:</source>
        <translation>&amp;Certificat de signature de %1 :</translation>
    </message>
</context>
<context>
    <name>mladesk::SigningIdentityDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signer en tant que %1</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Fichier de certificat (PKCS#12)</translation>
    </message>
    <message>
        <source>Your .p12 or .pfx file</source>
        <translation>Votre fichier .p12 ou .pfx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Fichier de certificat :</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>Mot de passe du fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The certificate you sign with</source>
        <translation>Le certificat avec lequel vous signez</translation>
    </message>
    <message>
        <source>Choose your certificate file. Settings keeps it for next time.</source>
        <translation>Choisissez votre fichier de certificat. Les paramètres le conservent pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Looking for the password in the system keychain…</source>
        <translation>Recherche du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file.</source>
        <translation>Saisissez le mot de passe du fichier de certificat.</translation>
    </message>
    <message>
        <source>Opening the certificate file…</source>
        <translation>Ouverture du fichier de certificat…</translation>
    </message>
    <message>
        <source>Choose your certificate file.</source>
        <translation>Choisissez votre fichier de certificat.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être mémorisé : %1</translation>
    </message>
    <message>
        <source>The password remembered in the keychain no longer opens the file. Enter it again.</source>
        <translation>Le mot de passe mémorisé dans le trousseau du système n&apos;ouvre plus le fichier. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Wrong password for this certificate file. Try again.</source>
        <translation>Mot de passe incorrect pour ce fichier de certificat. Réessayez.</translation>
    </message>
    <message>
        <source>This certificate cannot sign: %1</source>
        <translation>Ce certificat ne peut pas signer : %1</translation>
    </message>
    <message>
        <source>Check that this is your certificate, then sign.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de votre certificat, puis signez.</translation>
    </message>
</context>
<context>
    <name>mladesk::StateDialog</name>
    <message>
        <source>New state</source>
        <translation>Nouvel État</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>ISO 3166 &amp;code:</source>
        <translation>&amp;Code ISO 3166 :</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Languages accepted (ISO 639-1, comma-separated):</source>
        <translation>&amp;Langues acceptées (ISO 639-1, séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Languages accepted</source>
        <translation>Langues acceptées</translation>
    </message>
    <message>
        <source>&amp;Time zone (IANA):</source>
        <translation>&amp;Fuseau horaire (IANA) :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Central authority &amp;contact:</source>
        <translation>&amp;Contact de l&apos;autorité centrale :</translation>
    </message>
    <message>
        <source>Central authority contact</source>
        <translation>Contact de l&apos;autorité centrale</translation>
    </message>
</context>
<context>
    <name>mladesk::StateProfileDialog</name>
    <message>
        <source>State profile: %1 (%2)</source>
        <translation>Profil de l&apos;État : %1 (%2)</translation>
    </message>
    <message>
        <source>Edited in this register; the shipped version can be restored.</source>
        <translation>Modifié dans ce registre ; la version livrée peut être rétablie.</translation>
    </message>
    <message>
        <source>As shipped with MLA Desk.</source>
        <translation>Tel que livré avec MLA Desk.</translation>
    </message>
    <message>
        <source>Unverified data</source>
        <translation>Données non vérifiées</translation>
    </message>
    <message>
        <source>&amp;General and languages</source>
        <translation>&amp;Général et langues</translation>
    </message>
    <message>
        <source>&amp;Contacts and reservations</source>
        <translation>&amp;Contacts et réserves</translation>
    </message>
    <message>
        <source>&amp;Public holidays</source>
        <translation>&amp;Jours fériés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Restore shipped version</source>
        <translation>&amp;Rétablir la version livrée</translation>
    </message>
    <message>
        <source>accepted languages</source>
        <translation>langues acceptées</translation>
    </message>
    <message>
        <source>instruments in force</source>
        <translation>instruments en vigueur</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>central authority</source>
        <translation>autorité centrale</translation>
    </message>
    <message>
        <source>24/7 contact</source>
        <translation>point de contact 24/7</translation>
    </message>
    <message>
        <source>Unverified: %1. These could not be confirmed from an official source; check them before relying on them.</source>
        <translation>Non vérifié : %1. Ces données n&apos;ont pas pu être confirmées par une source officielle ; vérifiez-les avant de vous y fier.</translation>
    </message>
    <message>
        <source>No public holidays are known for this state: deadlines roll over weekends only.</source>
        <translation>Aucun jour férié n&apos;est connu pour cet État : les délais ne sont reportés qu&apos;au-delà des fins de semaine.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Official languages</source>
        <translation>Langues officielles</translation>
    </message>
    <message>
        <source>&amp;Official languages:</source>
        <translation>Langues &amp;officielles :</translation>
    </message>
    <message>
        <source>National law rolls every period over weekends and public holidays</source>
        <translation>Le droit national reporte tout délai au-delà des fins de semaine et des jours fériés</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Languages accepted, preferred first</source>
        <translation>Langues acceptées, la préférée d&apos;abord</translation>
    </message>
    <message>
        <source>Languages accepted</source>
        <translation>Langues acceptées</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&quot;default&quot; applies to every instrument not listed (EIO Art. 5(2), UNTOC Art. 18(14) declarations). The first language is the default document language.</source>
        <translation>« default » vaut pour tout instrument non listé (déclarations au titre de l&apos;art. 5(2) de la directive DEE et de l&apos;art. 18(14) de la CTO). La première langue est la langue par défaut des documents.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Central authority</source>
        <translation>Autorité centrale</translation>
    </message>
    <message>
        <source>Central authority address</source>
        <translation>Adresse de l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>Central authority e-mail</source>
        <translation>Courriel de l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>Central authority phone</source>
        <translation>Téléphone de l&apos;autorité centrale</translation>
    </message>
    <message>
        <source>Central &amp;authority:</source>
        <translation>&amp;Autorité centrale :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>24/7 contact point</source>
        <translation>Point de contact 24/7</translation>
    </message>
    <message>
        <source>24/7 contact e-mail</source>
        <translation>Courriel du point de contact 24/7</translation>
    </message>
    <message>
        <source>24/7 contact phone</source>
        <translation>Téléphone du point de contact 24/7</translation>
    </message>
    <message>
        <source>&amp;24/7 contact point:</source>
        <translation>Point de contact &amp;24/7 :</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Reservation or declaration</source>
        <translation>Réserve ou déclaration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>&amp;Reservations:</source>
        <translation>&amp;Réserves :</translation>
    </message>
    <message>
        <source>Write a rule as a date (12-25), a day relative to Easter (Easter+1, Easter-2, Orthodox Easter+1) or a weekday of a month (4th Thu Nov, last Mon May). Observed: next-weekday or nearest-weekday for substitute days.</source>
        <translation>Écrivez une règle sous forme de date (12-25), de jour par rapport à Pâques (Easter+1, Easter-2, Orthodox Easter+1) ou de jour de semaine d&apos;un mois (4th Thu Nov, last Mon May). Report : next-weekday ou nearest-weekday pour les jours de remplacement.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Until year</source>
        <translation>Jusqu&apos;en</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Public holidays in</source>
        <translation>Jours fériés en</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Public holidays of the year</source>
        <translation>Jours fériés de l&apos;année</translation>
    </message>
    <message>
        <source>Holiday %1: give it a name.</source>
        <translation>Jour férié %1 : donnez-lui un nom.</translation>
    </message>
    <message>
        <source>Holiday %1: %2</source>
        <translation>Jour férié %1 : %2</translation>
    </message>
    <message>
        <source>No public holidays: only weekends are taken into account.</source>
        <translation>Aucun jour férié : seules les fins de semaine sont prises en compte.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Restore the shipped profile of %1? Your changes to it are discarded and deadlines counted in %1 are recomputed.</source>
        <translation>Rétablir le profil livré de %1 ? Vos modifications sont abandonnées et les délais comptés en %1 sont recalculés.</translation>
    </message>
</context>
<context>
    <name>mladesk::TrustStoreDialog</name>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Importer un certificat…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Signed bundles are accepted only from signers whose certificate chains to one of these. Before trusting a certificate, confirm its SHA-256 fingerprint with the authority by another channel (telephone, a letter).</source>
        <translation>Les paquets signés ne sont acceptés que de signataires dont le certificat remonte à l&apos;un de ceux-ci. Avant de faire confiance à un certificat, confirmez son empreinte SHA-256 auprès de l&apos;autorité par un autre canal (téléphone, courrier).</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Your role cannot change the trusted certificates.</source>
        <translation>Votre rôle ne permet pas de modifier les certificats de confiance.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No certificate is trusted yet. &lt;b&gt;Import certificate…&lt;/b&gt; adds a partner authority&apos;s certificate (PEM or DER) that you received from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun certificat de confiance pour l&apos;instant. &lt;b&gt;Importer un certificat…&lt;/b&gt; ajoute le certificat (PEM ou DER) d&apos;une autorité partenaire, que vous avez reçu de celle-ci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Added by %1 on %2%3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ajouté par %1 le %2%3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>Import a trusted certificate</source>
        <translation>Importer un certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(no authority)</source>
        <translation>(aucune autorité)</translation>
    </message>
    <message>
        <source>The authority this certificate belongs to:</source>
        <translation>L&apos;autorité à laquelle appartient ce certificat :</translation>
    </message>
    <message>
        <source>Certificate not imported</source>
        <translation>Certificat non importé</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation>Supprimer un certificat de confiance</translation>
    </message>
    <message>
        <source>Bundles signed under “%1” will no longer verify. Remove it?</source>
        <translation>La vérification des paquets signés sous « %1 » échouera désormais. Le supprimer ?</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Certificat non supprimé</translation>
    </message>
</context>
<context>
    <name>mladesk::UnlockDialog</name>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Se &amp;souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Register %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Registre %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Keeps a key for this register in the system keychain, so it opens without the passphrase for your account on this computer.</source>
        <translation>Conserve une clé de ce registre dans le trousseau du système, afin qu&apos;il s&apos;ouvre sans phrase secrète pour votre compte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Opening with the key remembered on this computer…</source>
        <translation>Ouverture avec la clé mémorisée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer no longer remembers the register. Enter the passphrase.</source>
        <translation>Cet ordinateur ne se souvient plus du registre. Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Dérivation de la clé à partir de la phrase secrète…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Se souvenir sur cet ordinateur</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
</context>
<context>
    <name>mladesk::UserFormDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>A new passphrase for %1</source>
        <translation>Une nouvelle phrase secrète pour %1</translation>
    </message>
    <message>
        <source>Give it to %1 in person; they can change it afterwards with Register › Change my passphrase….</source>
        <translation>Remettez-la en main propre à %1 ; il ou elle pourra la changer ensuite avec Registre › Changer ma phrase secrète….</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>the name they unlock with, e.g. anna.schmidt</source>
        <translation>le nom utilisé pour déverrouiller, p. ex. anna.schmidt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>This auditor may also read case content</source>
        <translation>Cet auditeur peut aussi lire le contenu des dossiers</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Donnez un nom à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est erronée ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>mladesk::UsersDialog</name>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Nouvelle &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Users of this register</source>
        <translation>Utilisateurs de ce registre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source> (with case content)</source>
        <translation> (avec le contenu des dossiers)</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to unlock this register. What they did stays in the audit trail under their name.</source>
        <translation>%1 ne pourra plus déverrouiller ce registre. Ce qu&apos;il ou elle a fait reste dans le journal d&apos;audit sous son nom.</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 n&apos;a pas été supprimé(e)</translation>
    </message>
</context>
<context>
    <name>mladesk::WelcomeDialog</name>
    <message>
        <source>Welcome to MLA Desk</source>
        <translation>Bienvenue dans MLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MLA Desk&lt;/h2&gt;&lt;p&gt;MLA Desk keeps your outgoing and incoming requests for evidence in an encrypted register on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans MLA Desk&lt;/h2&gt;&lt;p&gt;MLA Desk conserve vos demandes de preuves émises et reçues dans un registre chiffré sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a register</source>
        <translation>&amp;Créer un registre</translation>
    </message>
    <message>
        <source>Start a new, empty register protected by your passphrase.</source>
        <translation>Créer un nouveau registre vide, protégé par votre phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Open a register…</source>
        <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
        <source>Open a register folder (NAME.mladesk) that already exists.</source>
        <translation>Ouvrir un dossier de registre (NOM.mladesk) existant.</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox (sample data)</source>
        <translation>Ouvrir le &amp;bac à sable (données d&apos;exemple)</translation>
    </message>
    <message>
        <source>Try MLA Desk on fictitious requests; nothing is kept.</source>
        <translation>Essayer MLA Desk sur des demandes fictives ; rien n&apos;est conservé.</translation>
    </message>
</context>
</TS>
