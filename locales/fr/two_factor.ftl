# actix-two-factor : français.
# Termes : jeton, jeton de secours, application d'authentification,
# authentification à deux facteurs.

## Cadre des pages et choix de la langue

language-name = Français

base-account-security = Sécurité du compte
base-log-out = Se déconnecter
base-log-in = Se connecter
base-language = Langue
base-language-submit = Changer

## Mots communs

wizard-cancel = Annuler
wizard-back = Retour
wizard-next = Suivant
permission-denied = Accès refusé
enable-two-factor = Activer l'authentification à deux facteurs
disable-two-factor = Désactiver l'authentification à deux facteurs
two-factor-not-enabled = L'authentification à deux facteurs n'est pas activée pour votre compte. Activez-la pour renforcer la sécurité de votre compte.
back-to-account-security = Retour à la sécurité du compte
add-phone-number = Ajouter un numéro de téléphone
backup-tokens-title = Jetons de secours
token-generator = Veuillez saisir le jeton produit par votre générateur de jetons.
token-call = Nous vous appelons en ce moment, veuillez saisir les chiffres que vous entendez.
token-sms = Nous vous avons envoyé un SMS, veuillez saisir le jeton qu'il contient.
token-email = Nous vous avons envoyé un e-mail, veuillez saisir le jeton qu'il contient.

## Connexion

login-title = Connexion
login-credentials = Saisissez vos identifiants.
login-backup-intro = Ce formulaire sert à vous connecter avec un jeton de secours. Ces jetons ont été produits pour que vous les imprimiez et les gardiez en lieu sûr. Veuillez saisir l'un de ces jetons de secours pour vous connecter à votre compte.
login-submit = Se connecter
login-other-methods = Ou bien, utilisez l'une de vos autres méthodes d'authentification :
login-backup-last-resort = En dernier recours, vous pouvez utiliser un jeton de secours :
login-use-backup-token = Utiliser un jeton de secours

## Configuration

setup-welcome = Vous allez renforcer la sécurité de votre compte. Suivez les étapes de cet assistant pour activer l'authentification à deux facteurs.
setup-method = Veuillez choisir la méthode d'authentification que vous souhaitez utiliser.
setup-generator-intro = Pour utiliser un générateur de jetons, scannez le code QR ci-dessous avec votre smartphone, par exemple avec Google Authenticator, Aegis ou FreeOTP.
setup-qr-alt = Code QR
setup-manual-key = Impossible de scanner le code ? Saisissez plutôt cette clé dans votre application :
setup-on-this-phone = Sur ce téléphone ?
setup-open-in-app = Ouvrir dans votre application d'authentification
setup-app-should-show = L'application doit afficher l'émetteur « { $issuer } » et des codes à { $digits } chiffres.
setup-enter-token = Saisissez ensuite le jeton produit par l'application.
setup-sms-intro = Veuillez saisir le numéro de téléphone auquel vous souhaitez recevoir les SMS. Ce numéro sera vérifié à l'étape suivante.
setup-call-intro = Veuillez saisir le numéro de téléphone auquel vous souhaitez être appelé. Ce numéro sera vérifié à l'étape suivante.
setup-email-intro = Veuillez saisir l'adresse e-mail à laquelle vous souhaitez recevoir les jetons. Cette adresse sera vérifiée à l'étape suivante.
complete-congratulations = Félicitations, vous avez activé l'authentification à deux facteurs.
complete-add-phone-hint = Il peut toutefois arriver que vous n'ayez pas accès à votre appareil principal. Pour pouvoir récupérer votre compte, ajoutez un numéro de téléphone.

## Deux facteurs requis

otp-required-enforced = Pour des raisons de sécurité, la page demandée exige une vérification par authentification à deux facteurs. Vous devez activer cette protection pour accéder à cette page.
otp-required-go-back = Revenir en arrière

## Téléphones de secours

phone-title = Ajouter un téléphone de secours
phone-setup-intro = Vous allez ajouter un numéro de téléphone de secours à votre compte. Ce numéro sera utilisé si votre méthode principale n'est pas disponible.
phone-validation-intro = Nous avons envoyé un jeton à votre numéro de téléphone. Veuillez saisir le jeton reçu.

## Nouvelle confirmation

reauth-title = Confirmez votre identité
reauth-intro = Cette action modifie la protection de votre compte. Veuillez saisir votre mot de passe pour continuer.
reauth-intro-token = Cette action modifie la protection de votre compte. Veuillez saisir votre mot de passe et un jeton ({ $device }) pour continuer.
reauth-confirm = Confirmer

## Jetons de secours

backup-tokens-intro = Les jetons de secours servent lorsque vos numéros de téléphone principal et de secours ne sont pas disponibles. Les jetons de secours ci-dessous permettent de vérifier une connexion. Si vous les avez tous utilisés, vous pouvez en produire une nouvelle série. Seuls les jetons de secours affichés ci-dessous seront valides.
backup-tokens-print = Imprimez ces jetons et gardez-les en lieu sûr. Ils ne sont affichés que maintenant.
backup-tokens-unused = { $count ->
    [one] Il vous reste { $count } jeton de secours inutilisé. Pour votre sécurité, il ne peut pas être affiché de nouveau ; produisez-en de nouveaux si vous l'avez perdu.
   *[other] Il vous reste { $count } jetons de secours inutilisés. Pour votre sécurité, ils ne peuvent pas être affichés de nouveau ; produisez-en de nouveaux si vous les avez perdus.
}
backup-tokens-none = Vous n'avez encore aucun jeton de secours.
backup-tokens-generate = Produire des jetons

## Sécurité du compte

profile-title = Sécurité du compte
profile-generator = Les jetons seront produits par votre générateur de jetons.
profile-primary-method = Méthode principale : { $method }.
profile-backup-phones = Numéros de téléphone de secours
profile-backup-phones-intro = Si votre méthode principale n'est pas disponible, nous pouvons envoyer des jetons de secours aux numéros de téléphone ci-dessous.
profile-unregister = Retirer
profile-backup-tokens-intro = Si vous n'avez aucun appareil sur vous, vous pouvez accéder à votre compte avec des jetons de secours.
profile-backup-tokens-remaining = { $count ->
    [one] Il vous reste { $count } jeton de secours.
   *[other] Il vous reste { $count } jetons de secours.
}
profile-no-backup-tokens = Il ne vous reste aucun jeton de secours.
profile-no-backup-tokens-advice = Si vous perdez votre appareil, vous ne pourrez plus vous connecter : produisez de nouveaux jetons et gardez-les en lieu sûr.
profile-few-backup-tokens = { $count ->
    [one] Plus que { $count } jeton de secours.
   *[other] Plus que { $count } jetons de secours.
}
profile-few-backup-tokens-advice = Produisez de nouveaux jetons avant d'en manquer.
profile-show-codes = Afficher les codes
profile-disable-intro = Nous vous le déconseillons fortement, mais vous pouvez aussi désactiver l'authentification à deux facteurs pour votre compte.
disable-title = Désactiver l'authentification à deux facteurs
disable-intro = Vous allez désactiver l'authentification à deux facteurs. Cela affaiblit la sécurité de votre compte. Êtes-vous sûr ?
disable-submit = Désactiver

## E-mail avec un code

email-subject = Votre jeton
email-hello = Bonjour { $username },
email-code-intro = Votre code de vérification pour { $site } est :
email-validity = { $minutes ->
    [one] Il est valable { $minutes } minute et ne peut servir qu'une fois. Si vous n'avez pas essayé de vous connecter, vous pouvez ignorer ce message ; quelqu'un connaît peut-être votre mot de passe, pensez donc à le changer.
   *[other] Il est valable { $minutes } minutes et ne peut servir qu'une fois. Si vous n'avez pas essayé de vous connecter, vous pouvez ignorer ce message ; quelqu'un connaît peut-être votre mot de passe, pensez donc à le changer.
}

## SMS et appels

sms-token = Votre jeton est { $token }
voice-token = Votre jeton est { $token }.
voice-token-again = Je répète, votre jeton est { $token }.

## Alerte d'utilisation d'un jeton de secours

alert-subject = Jeton de secours utilisé
alert-body = Bonjour { $username },

    Vous vous êtes identifié avec un appareil de secours sur { $site }. Si ce n'était pas vous, votre compte est peut-être compromis. Changez immédiatement votre mot de passe, vérifiez vos numéros de téléphone de secours et produisez de nouveaux jetons de secours.

## Administration

admin-title = Administration des deux facteurs
admin-forbidden = Vous êtes connecté en tant que { $username }, mais vous n'avez pas accès à cette page. Voulez-vous vous connecter avec un autre compte ?
admin-forbidden-login = Se connecter avec un autre compte
admin-users = Utilisateurs
admin-find-label = Chercher un utilisateur par son identifiant
admin-find = Chercher
admin-no-user-named = Aucun utilisateur nommé « { $username } ».
admin-cannot-list = Le magasin d'utilisateurs de ce site ne peut pas lister ses utilisateurs. Cherchez plutôt un utilisateur par son identifiant.
admin-col-username = Identifiant
admin-col-email = E-mail
admin-col-two-factor = Deux facteurs
admin-col-staff = Équipe
admin-col-active = Actif
admin-superuser-note = (superutilisateur)
admin-enabled = activée
admin-disabled = désactivée
admin-yes = oui
admin-no = non
admin-showing = { $total ->
    [one] { $shown } utilisateur affiché sur { $total } ; cherchez les autres par leur identifiant.
   *[other] { $shown } utilisateurs affichés sur { $total } ; cherchez les autres par leur identifiant.
}
admin-no-users = Il n'y a encore aucun utilisateur.
admin-role-superuser = superutilisateur
admin-role-staff = membre de l'équipe
admin-role-not-staff = hors équipe
admin-state-active = actif
admin-state-inactive = inactif
admin-user-two-factor = authentification à deux facteurs
admin-devices = Appareils
admin-col-device = Appareil
admin-col-name = Nom
admin-col-id = Identifiant
admin-col-failures = Échecs
admin-col-actions = Actions
admin-verified-your-session = (a vérifié votre session)
admin-reset-failures = Remettre les échecs à zéro
admin-remove = Supprimer
admin-no-devices = Aucun appareil.
admin-backup-tokens = Jetons de secours
admin-backup-tokens-remaining = { $count ->
    [one] { $count } jeton de secours restant.
   *[other] { $count } jetons de secours restants.
}
admin-remove-backup-tokens = Supprimer les jetons de secours
admin-failed-attempts = { $count ->
    [one] { $count } échec
   *[other] { $count } échecs
}
admin-reset-backup-failures = Remettre à zéro les échecs des jetons de secours
admin-backup-phones = Téléphones de secours
admin-no-backup-phones = Aucun téléphone de secours.
admin-audit-reauth = { $minutes ->
    [one] Chaque modification sur cette page vous demande de confirmer votre mot de passe (et un jeton) si la dernière confirmation date de plus de { $minutes } minute ; chacune est consignée dans le journal d'audit.
   *[other] Chaque modification sur cette page vous demande de confirmer votre mot de passe (et un jeton) si la dernière confirmation date de plus de { $minutes } minutes ; chacune est consignée dans le journal d'audit.
}
admin-audit = Chaque modification sur cette page est consignée dans le journal d'audit.
admin-reset-two-factor = Réinitialiser l'authentification à deux facteurs
admin-reset-intro = Pour un utilisateur qui a perdu ses appareils : supprime tous ses appareils et jetons de secours ; il se connecte alors avec son seul mot de passe et configure de nouveau l'authentification à deux facteurs.
admin-notice-removed = { $device } ({ $id }) supprimé.
admin-notice-failures-reset = Échecs remis à zéro pour { $device } ({ $id }).
admin-notice-reset = L'authentification à deux facteurs de { $username } a été réinitialisée.

## Champs de formulaire et messages

field-username = Identifiant
field-password = Mot de passe
field-token = Jeton
field-method = Méthode
field-phone-number = Numéro de téléphone
field-phone-help = Avec l'indicatif du pays, commençant par + ou 00.
field-email = Adresse e-mail
field-understand = Oui, je suis sûr
method-generator = Générateur de jetons
method-sms = SMS
method-call = Appel téléphonique
method-email = E-mail
form-required = Ce champ est obligatoire.
form-invalid-token = Jeton non valide. Veuillez vérifier que vous l'avez saisi correctement.
form-invalid-setup-token = Le jeton saisi n'est pas valide.
form-invalid-login = Veuillez saisir un identifiant et un mot de passe corrects. Les deux champs peuvent être sensibles à la casse.
form-timed-out = Votre session a expiré. Veuillez vous reconnecter.
form-wrong-password = Votre mot de passe est incorrect. Veuillez le saisir de nouveau.
form-invalid-email = Saisissez une adresse e-mail valide.
form-invalid-phone = Veuillez saisir un numéro de téléphone valide, avec l'indicatif du pays commençant par + ou 00.

## Appareils

device-generator = Application d'authentification
device-backup-tokens = Jetons de secours
device-sms = SMS au { $target }
device-call = Appel au { $target }
device-email = E-mail à { $target }

## Limitation, expiration et envoi des codes

throttle-device = { $count ->
    [one] Vérification temporairement bloquée après { $count } échec, veuillez réessayer bientôt.
   *[other] Vérification temporairement bloquée après { $count } échecs, veuillez réessayer bientôt.
}
throttle-network = { $seconds ->
    [one] Trop d'échecs depuis votre réseau. Réessayez dans { $seconds } seconde.
   *[other] Trop d'échecs depuis votre réseau. Réessayez dans { $seconds } secondes.
}
throttle-account = { $seconds ->
    [one] Trop d'échecs. Réessayez dans { $seconds } seconde.
   *[other] Trop d'échecs. Réessayez dans { $seconds } secondes.
}
throttle-reauth-logged-out = Vous avez été déconnecté après trop de confirmations de mot de passe erronées. Veuillez vous reconnecter.
delivery-cooldown = { $seconds ->
    [one] Un code vient d'être envoyé. Veuillez utiliser celui-ci ou en demander un nouveau dans { $seconds } seconde.
   *[other] Un code vient d'être envoyé. Veuillez utiliser celui-ci ou en demander un nouveau dans { $seconds } secondes.
}
delivery-limited-destination = { $minutes ->
    [one] Trop de codes ont été envoyés récemment à ce numéro ou à cette adresse. Veuillez réessayer dans { $minutes } minute ou utiliser une autre méthode.
   *[other] Trop de codes ont été envoyés récemment à ce numéro ou à cette adresse. Veuillez réessayer dans { $minutes } minutes ou utiliser une autre méthode.
}
delivery-limited-user = { $minutes ->
    [one] Trop de codes ont été envoyés récemment pour votre compte. Veuillez réessayer dans { $minutes } minute ou utiliser une autre méthode.
   *[other] Trop de codes ont été envoyés récemment pour votre compte. Veuillez réessayer dans { $minutes } minutes ou utiliser une autre méthode.
}
delivery-failed = Nous n'avons pas pu vous envoyer de code pour le moment. Veuillez réessayer plus tard ou utiliser une autre méthode.

## Pages d'erreur

error-title-400 = Requête incorrecte
error-title-403 = Interdit
error-title-404 = Introuvable
error-title-500 = Erreur interne du serveur
error-title-503 = Service indisponible
error-unavailable = Le service est temporairement indisponible. Rien n'a été modifié ; veuillez réessayer dans un instant.
error-unavailable-not-saved = Le service est temporairement indisponible. Votre demande a peut-être été exécutée, mais votre session n'a pas pu être enregistrée. Veuillez vous reconnecter.
error-internal = Une erreur s'est produite de notre côté.
error-csrf = La vérification CSRF a échoué. Requête annulée. Rechargez la page et envoyez de nouveau le formulaire.
error-not-found = Introuvable.
error-management-form = Les données du ManagementForm sont manquantes ou ont été falsifiées.
error-token-too-long = Le champ du jeton est trop long.

## Clés de sécurité et clés d'accès (WebAuthn) : connexion, configuration, nouvelle confirmation, profil

method-webauthn = Clé de sécurité ou clé d'accès
token-webauthn = Utilisez votre clé de sécurité ou votre clé d'accès : appuyez sur le bouton ci-dessous, puis touchez la clé ou confirmez sur votre appareil.
reauth-intro-webauthn = Cette action modifie la protection de votre compte. Veuillez saisir votre mot de passe et confirmer avec votre clé de sécurité pour continuer.
reauth-confirm-webauthn = Confirmer avec la clé de sécurité
setup-webauthn-intro = Utilisez une clé de sécurité (USB, NFC ou Bluetooth) ou le verrouillage d'écran de votre appareil pour confirmer vos connexions. Donnez-lui un nom si vous le souhaitez, appuyez sur le bouton et suivez les instructions de votre navigateur.
webauthn-needs-js = Les clés de sécurité nécessitent JavaScript.
webauthn-needs-js-setup = Activez-le pour ce site, ou revenez en arrière et choisissez une autre méthode.
webauthn-needs-js-reauth = Activez-le pour ce site afin de continuer.
webauthn-needs-js-other = Activez-le pour ce site, ou utilisez une autre méthode.
webauthn-needs-js-login = { $alternatives ->
    [token] Activez-le pour ce site, ou saisissez un jeton.
    [backup] Activez-le pour ce site, ou utilisez un jeton de secours.
    [both] Activez-le pour ce site, saisissez un jeton, ou utilisez un jeton de secours.
   *[none] Activez-le pour ce site.
}
webauthn-use-key = Utiliser la clé de sécurité
webauthn-passkey-needs-js = La connexion avec une clé d'accès nécessite JavaScript ; utilisez votre nom d'utilisateur et votre mot de passe.
webauthn-passkey-login = Se connecter avec une clé d'accès
webauthn-register = Enregistrer la clé de sécurité
webauthn-profile-title = Clés de sécurité et clés d'accès
webauthn-col-kind = Type
webauthn-col-added = Ajoutée le
webauthn-col-last-used = Dernière utilisation
webauthn-col-actions = Actions
webauthn-kind-passkey = Clé d'accès
webauthn-kind-security-key = Clé de sécurité
webauthn-primary = (principale)
webauthn-never = jamais
webauthn-remove = Supprimer
webauthn-remove-label = Supprimer { $label }
webauthn-no-keys = Aucune clé de sécurité pour l'instant. Une clé ou une clé d'accès confirme vos connexions d'un simple toucher.
webauthn-add-title = Ajouter une clé de sécurité
webauthn-add-intro = Une clé de sécurité (une clé USB, NFC ou Bluetooth) ou le verrouillage d'écran de votre appareil peut confirmer vos connexions. Une clé d'accès vous connecte en plus sans mot de passe : elle demande le code PIN, l'empreinte digitale ou le visage enregistré sur votre appareil.
webauthn-add-needs-js = L'ajout d'une clé de sécurité nécessite JavaScript.
webauthn-label-field = Nom
webauthn-label-placeholder = p. ex. YubiKey sur mon porte-clés
webauthn-label-apart = Pour distinguer vos clés plus tard.
webauthn-label-help = Facultatif, p. ex. « YubiKey sur mon porte-clés ».
webauthn-add-passkey = Ajouter une clé d'accès
webauthn-add-key = Ajouter la clé de sécurité
device-webauthn-key = Clé de sécurité « { $label } »
device-labelled = { $what } « { $label } »
webauthn-synced = synchronisée
webauthn-syncable = pas encore synchronisée
webauthn-device-bound = liée à l'appareil
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Votre seule clé de sécurité est liée à un appareil : si vous le perdez, vous perdez l'accès à votre compte. Ajoutez une deuxième clé ou une clé d'accès.
device-webauthn-passkey = Clé d'accès « { $label } »

## Clés de sécurité et clés d'accès : messages du serveur

webauthn-press-button = Appuyez sur le bouton et suivez les instructions de votre navigateur.
webauthn-use-key-hint = Utilisez votre clé de sécurité : appuyez sur le bouton et suivez les instructions de votre navigateur.
webauthn-no-ceremony = La demande à la clé de sécurité a expiré ou a déjà été utilisée. Veuillez réessayer.
webauthn-log-in-first = Veuillez d'abord vous connecter.
webauthn-verify-first = Vérifiez d'abord votre connexion avec votre second facteur.
webauthn-reauth-first = Veuillez confirmer à nouveau votre mot de passe (rechargez la page).
webauthn-login-timed-out = Votre connexion a expiré. Veuillez vous reconnecter.
webauthn-label-control = Le nom ne peut pas contenir de caractères de contrôle.
webauthn-label-too-long = Le nom peut comporter au plus { $max } caractères.
webauthn-error-malformed = La réponse du navigateur n'a pas pu être lue ({ $part }). Veuillez réessayer.
webauthn-error-key-cbor = La clé publique de la clé de sécurité n'a pas pu être lue.
webauthn-error-key-unsupported = La clé de sécurité utilise un algorithme que ce site ne prend pas en charge.
webauthn-error-key-malformed = La clé publique de la clé de sécurité est mal formée.
webauthn-error-challenge-mismatch = Cette réponse correspond à une autre demande. Veuillez réessayer.
webauthn-error-expired = La demande a expiré. Veuillez réessayer.
webauthn-error-wrong-origin = La réponse provient d'un autre site ({ $origin }).
webauthn-error-wrong-rp-id = La clé de sécurité a répondu pour un autre site.
webauthn-error-user-not-present = La clé de sécurité n'a pas été touchée.
webauthn-error-user-not-verified = La clé de sécurité ne vous a pas vérifié (code PIN ou biométrie). Veuillez réessayer.
webauthn-error-bad-signature = La signature de la clé de sécurité n'est pas valide.
webauthn-error-unknown-credential = Cette clé de sécurité n'est pas enregistrée pour ce compte.
webauthn-error-not-passkey = Cette clé n'est pas une clé d'accès de ce site. Connectez-vous avec votre mot de passe.
webauthn-error-passkey-login-disabled = La connexion avec une clé d'accès est désactivée sur ce site.
webauthn-error-counter-regression = Le compteur de signatures de cette clé de sécurité a reculé, ce qui arrive lorsqu'une clé a été copiée. Elle a été refusée ; contactez les administrateurs du site.
webauthn-error-replayed = Cette réponse a déjà été utilisée. Veuillez réessayer.
webauthn-error-already-registered = Cette clé de sécurité est déjà enregistrée.
webauthn-error-unsupported-attestation = L'attestation de cet authentificateur ({ $format }) n'est pas prise en charge ; le site accepte « none » et « packed ».
webauthn-error-not-discoverable = Cet authentificateur ne peut pas conserver de clé d'accès. Ajoutez-le plutôt comme clé de sécurité.
webauthn-error-wrong-ceremony = Cette réponse correspond à une autre étape. Veuillez recommencer.
webauthn-error-model-not-accepted = Ce type d'authentificateur ({ $model }) n'est pas accepté sur ce site.
webauthn-error-attestation-required = Ce site n'accepte que les clés de sécurité qui prouvent leur modèle (attestation).
webauthn-error-attestation-untrusted = L'attestation de la clé de sécurité n'a pas pu être vérifiée.
webauthn-error-not-in-metadata = Ce type d'authentificateur ({ $model }) ne figure pas dans la liste des modèles connus du site.
webauthn-error-revoked = Ce type d'authentificateur ({ $model }) a été signalé comme révoqué ou compromis par son fabricant.
webauthn-origin-not-secure = Les clés de sécurité et les clés d'accès nécessitent une connexion sécurisée : ouvrez ce site en HTTPS (ou à l'adresse http://localhost pendant le développement).
webauthn-origin-ip-address = Les clés de sécurité et les clés d'accès nécessitent un nom de domaine, pas une adresse IP : ouvrez ce site à l'adresse { $suggestion } au lieu de { $address }.
webauthn-origin-bad-host = Le nom d'hôte de cette page ne peut pas servir aux clés de sécurité et aux clés d'accès.
webauthn-origin-outside-rp-id = L'adresse de cette page ne fait pas partie du domaine du site pour les clés de sécurité ({ $rp_id }).
webauthn-origin-not-allowed = L'adresse de cette page ne fait pas partie des adresses du site pour les clés de sécurité.

## Clés de sécurité et clés d'accès : messages du script du navigateur (webauthn.js)

webauthn-js-unsupported = Ce navigateur ne prend pas en charge les clés de sécurité ni les clés d'accès. Utilisez une autre méthode ou un navigateur récent.
webauthn-js-insecure = Les clés de sécurité et les clés d'accès nécessitent une adresse sécurisée (HTTPS, ou http://localhost pendant le développement).
webauthn-js-cancelled = La demande a été annulée ou a expiré. Réessayez quand votre clé ou votre appareil est prêt.
webauthn-js-aborted = La demande a été annulée.
webauthn-js-exists = Cette clé de sécurité est déjà enregistrée pour votre compte.
webauthn-js-security = Cette adresse ne peut pas utiliser de clés de sécurité (WebAuthn nécessite HTTPS ou localhost, et un nom de domaine plutôt qu'une adresse IP).
webauthn-js-network = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
webauthn-js-failed = Un problème est survenu avec la clé de sécurité. Veuillez réessayer.
webauthn-js-working = Suivez les instructions de votre navigateur : touchez votre clé de sécurité ou confirmez sur votre appareil.
api-webauthn-off = Les clés de sécurité ne sont pas activées sur ce site.
api-passkey-off = La connexion avec une clé d'accès n'est pas activée sur ce site.

## The JSON API's problem details (`detail`)
api-verification-required = Il faut pour cela une session vérifiée par un second facteur.
api-no-removable-device = Aucun téléphone de secours, aucune application d’authentification (tant qu’un autre appareil reste) ni aucune clé de sécurité supplémentaire de ce type.
api-no-such-device = Aucun appareil de ce type.
api-already-enabled = L'authentification à deux facteurs est déjà activée (désactivez-la d'abord pour recommencer).
api-no-totp-setup = Aucune configuration en cours : appelez d'abord totp_setup.
api-no-phone-methods = Ce site n'envoie ni SMS ni appels.
api-method-choice = method doit être l'une de ces valeurs : { $methods }.
api-code-not-sent = Le code n'a pas pu être envoyé.
api-no-phone-setup = Aucun téléphone n'attend son code : appelez d'abord phone_add.
api-answer-failed = La réponse n'a pas pu être construite.
api-credentials-required = Le nom d'utilisateur et le mot de passe sont requis.
api-no-pending-login = Aucune connexion n'attend de jeton (elle a expiré ou pris fin). Veuillez vous reconnecter.
api-no-challenge-device = Aucun téléphone ni adresse e-mail de ce type.
api-password-required = Le mot de passe est requis.
api-cookie-with-app = Une requête d'application (X-Session-Token ou X-Client: app) ne doit pas envoyer le cookie de session.
api-two-factor-required = L'authentification à deux facteurs est obligatoire pour ce compte.
api-session-expired = Le jeton de session est inconnu ou a expiré. Veuillez vous reconnecter.
api-middleware-missing = Les sessions d'application ont besoin du middleware de two_factor (TwoFactorMiddleware ou OtpMiddleware).
api-csrf-header = Échec de la vérification CSRF : envoyez le jeton de `session` dans l'en-tête X-CSRFToken.
api-log-in = Veuillez vous connecter.
api-reauthenticate = Veuillez d'abord confirmer votre mot de passe (reauthenticate).
api-body-too-large = Le corps dépasse ce que l'API accepte (16 Kio).
api-body-unreadable = Le corps n'a pas pu être lu.
api-token-too-long = Le jeton est trop long.
api-method-not-allowed = Ce chemin n'accepte pas cette méthode.
api-no-operation = L'API n'a aucune opération à ce chemin.
api-csrf = Échec de la vérification CSRF.
api-not-found = Introuvable.
api-overloaded = Trop de connexions à la fois. Veuillez réessayer dans un instant.
api-unavailable = Le service est temporairement indisponible. Veuillez réessayer plus tard.
api-body-mismatch = Le corps JSON ne convient pas : { $error }.
api-body-not-object = Le corps doit être un objet JSON.

# Plusieurs applications d’authentification, appareils nommés
profile-apps = Applications d’authentification
profile-apps-intro = Un code de n’importe laquelle de ces applications vous connecte. Donnez un nom à chacune pour les distinguer.
profile-app-main = (principale)
app-create-title = Ajouter une application d’authentification
app-create-intro = Scannez le code QR avec la nouvelle application, donnez-lui un nom et saisissez le code qu’elle affiche.
app-create-submit = Ajouter l’application
app-name-placeholder = p. ex. Tablette
app-setup-restarted = Cette configuration avait expiré. Scannez ce nouveau code QR et saisissez un code qu’il donne.
device-name-field = Nom
device-rename = Renommer
device-rename-label = Nouveau nom pour { $what }

# Où vous êtes connecté
session-agent = { $browser } sous { $system }
session-agent-unknown-browser = Navigateur inconnu sous { $system }
session-agent-unknown = Navigateur inconnu
sessions-title = Où vous êtes connecté
sessions-intro = Ces navigateurs et applications sont connectés à votre compte. Celui que vous déconnectez l’est à sa prochaine requête.
sessions-col-browser = Navigateur
sessions-col-address = Réseau
sessions-col-began = Connexion
sessions-col-last-seen = Dernière activité
sessions-app = application
sessions-current = Cette session
sessions-revoke = Déconnecter
sessions-revoke-others = Se déconnecter partout ailleurs
sessions-not-me-title = Vous ne reconnaissez pas une session ?
sessions-not-me = Déconnectez-la (ou déconnectez-vous partout ailleurs), puis changez votre mot de passe et vérifiez vos appareils d’authentification à deux facteurs.
sessions-back = Retour à la sécurité du compte
profile-sessions-intro = Voyez les navigateurs et applications connectés à votre compte, et déconnectez-les.
profile-sessions-link = Vos sessions
api-no-such-session = Aucune session de ce type.

# Navigateurs de confiance
trusted-title = Navigateurs de confiance
trusted-intro = Pour ces navigateurs, « ne plus demander » a été choisi : ils passent le code à la connexion jusqu’à la date indiquée. Retirez votre confiance à l’un d’eux et il demandera un code à sa prochaine connexion.
trusted-col-granted = De confiance depuis
trusted-col-expires = Jusqu’au
trusted-revoke = Ne plus faire confiance
trusted-revoke-all = Ne plus faire confiance à aucun navigateur
trusted-none = Aucun navigateur ne passe le code à la connexion.
api-no-such-grant = Aucun navigateur de confiance de ce type.

# Alertes de sécurité (e-mails)
alert-new-browser-subject = Nouvelle connexion à { $site }
alert-new-browser = Quelqu’un s’est connecté à votre compte { $username } sur { $site } depuis un navigateur qui n’avait encore jamais servi pour ce compte.
alert-device-added-subject = Un appareil d’authentification à deux facteurs a été ajouté sur { $site }
alert-device-added = { $device } a été ajouté aux appareils d’authentification à deux facteurs de votre compte { $username } sur { $site }.
alert-device-removed-subject = Un appareil d’authentification à deux facteurs a été supprimé sur { $site }
alert-device-removed = Un appareil a été supprimé des appareils d’authentification à deux facteurs de votre compte { $username } sur { $site }.
alert-backup-tokens-subject = Nouveaux jetons de secours sur { $site }
alert-backup-tokens = De nouveaux jetons de secours ont été créés pour votre compte { $username } sur { $site } ; les anciens ne fonctionnent plus.
alert-disabled-subject = Authentification à deux facteurs désactivée sur { $site }
alert-disabled = L’authentification à deux facteurs a été désactivée pour votre compte { $username } sur { $site }.
alert-locked-subject = Codes erronés sur { $site }
alert-locked = Votre { $device } sur { $site } refuse les codes pendant un moment après des codes erronés. Codes erronés d’affilée : { $count }.
alert-when = Quand : { $when }
alert-browser = Navigateur : { $browser }
alert-network = Réseau : { $network }
alert-not-me-link = Si ce n’était pas vous, déconnectez-vous partout ici, puis changez votre mot de passe : { $url }
alert-not-me-page = Si ce n’était pas vous, déconnectez-vous partout sur la page « Où vous êtes connecté » de la sécurité de votre compte ({ $path }), puis changez votre mot de passe.
alert-unknown = inconnu

# Administration : sessions et navigateurs de confiance
admin-sessions = Sessions
admin-no-sessions = Aucune session active.
admin-end-session = Terminer
admin-end-all-sessions = Terminer toutes les sessions
admin-notice-sessions-ended = Sessions terminées : { $count }.
admin-notice-untrusted = Navigateurs de confiance retirés : { $count }.
