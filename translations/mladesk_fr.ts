<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>&amp;State (ISO 3166):</source>
        <translation>&amp;État (ISO 3166) :</translation>
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
        <source>About MLA Desk</source>
        <translation>À propos de MLA Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Cross-border requests for evidence: mutual legal assistance, European Investigation and Production Orders, Budapest Convention and CLOUD Act requests, in an encrypted register.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MLA Desk %1&lt;/b&gt;&lt;p&gt;Demandes transfrontières de preuves : entraide judiciaire, décisions d&apos;enquête et injonctions de production européennes, demandes au titre de la Convention de Budapest et du CLOUD Act, dans un registre chiffré.&lt;/p&gt;</translation>
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
</context>
<context>
    <name>mladesk::RequestListModel</name>
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
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Extrême urgence</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <source>All %1 texts are reviewed in %2: a final document can be made in this language.</source>
        <translation>Les %1 textes sont révisés en %2 : un document définitif peut être établi dans cette langue.</translation>
    </message>
    <message>
        <source>%1 of %2 texts reviewed in %3. Until all are, the document in this language says DRAFT on every page.</source>
        <translation>%1 textes sur %2 révisés en %3. Tant qu’ils ne le sont pas tous, le document dans cette langue porte la mention PROJET sur chaque page.</translation>
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
