# actix-two-factor: español.
# Términos: token, token de respaldo, aplicación de autenticación,
# autenticación en dos pasos.

## Marco de las páginas y selector de idioma

language-name = Español

base-account-security = Seguridad de la cuenta
base-log-out = Cerrar sesión
base-log-in = Iniciar sesión
base-language = Idioma
base-language-submit = Cambiar

## Palabras comunes

wizard-cancel = Cancelar
wizard-back = Atrás
wizard-next = Siguiente
permission-denied = Permiso denegado
enable-two-factor = Activar la autenticación en dos pasos
disable-two-factor = Desactivar la autenticación en dos pasos
two-factor-not-enabled = La autenticación en dos pasos no está activada en su cuenta. Actívela para mejorar la seguridad de su cuenta.
back-to-account-security = Volver a la seguridad de la cuenta
add-phone-number = Añadir número de teléfono
backup-tokens-title = Tokens de respaldo
token-generator = Introduzca el token generado por su generador de tokens.
token-call = Le estamos llamando ahora mismo; introduzca los dígitos que oiga.
token-sms = Le hemos enviado un SMS; introduzca el token que le enviamos.
token-email = Le hemos enviado un correo electrónico; introduzca el token que le enviamos.

## Inicio de sesión

login-title = Inicio de sesión
login-credentials = Introduzca sus credenciales.
login-backup-intro = Use este formulario para iniciar sesión con un token de respaldo. Estos tokens se generaron para que los imprima y los guarde en un lugar seguro. Introduzca uno de estos tokens de respaldo para acceder a su cuenta.
login-submit = Iniciar sesión
login-other-methods = O bien, use uno de sus otros métodos de autenticación:
login-backup-last-resort = Como último recurso, puede usar un token de respaldo:
login-use-backup-token = Usar un token de respaldo

## Configuración

setup-welcome = Va a llevar la seguridad de su cuenta al siguiente nivel. Siga los pasos de este asistente para activar la autenticación en dos pasos.
setup-method = Seleccione el método de autenticación que desea usar.
setup-generator-intro = Para usar un generador de tokens, escanee con su teléfono el código QR de abajo, por ejemplo con Google Authenticator, Aegis o FreeOTP.
setup-qr-alt = Código QR
setup-manual-key = ¿No puede escanear el código? Introduzca esta clave en su aplicación:
setup-on-this-phone = ¿En este teléfono?
setup-open-in-app = Ábralo en su aplicación de autenticación
setup-app-should-show = La aplicación debería mostrar el emisor «{ $issuer }» y códigos de { $digits } dígitos.
setup-enter-token = Después, introduzca el token generado por la aplicación.
setup-sms-intro = Introduzca el número de teléfono en el que desea recibir los SMS. Este número se validará en el siguiente paso.
setup-call-intro = Introduzca el número de teléfono al que desea que le llamemos. Este número se validará en el siguiente paso.
setup-email-intro = Introduzca la dirección de correo electrónico en la que desea recibir los tokens. Esta dirección se validará en el siguiente paso.
complete-congratulations = Enhorabuena, ha activado la autenticación en dos pasos.
complete-add-phone-hint = Sin embargo, puede ocurrir que no tenga acceso a su dispositivo principal. Para poder recuperar su cuenta, añada un número de teléfono.

## Dos pasos obligatorios

otp-required-enforced = Por motivos de seguridad, la página solicitada exige verificar la identidad con la autenticación en dos pasos. Debe activar esta protección para acceder a esta página.
otp-required-go-back = Volver

## Teléfonos de respaldo

phone-title = Añadir teléfono de respaldo
phone-setup-intro = Va a añadir un número de teléfono de respaldo a su cuenta. Se usará si su método principal no está disponible.
phone-validation-intro = Hemos enviado un token a su número de teléfono. Introduzca el token que ha recibido.

## Nueva confirmación

reauth-title = Confirme que es usted
reauth-intro = Esta acción cambia cómo se protege su cuenta. Introduzca su contraseña para continuar.
reauth-intro-token = Esta acción cambia cómo se protege su cuenta. Introduzca su contraseña y un token ({ $device }) para continuar.
reauth-confirm = Confirmar

## Tokens de respaldo

backup-tokens-intro = Los tokens de respaldo sirven cuando sus números de teléfono principal y de respaldo no están disponibles. Los tokens de respaldo de abajo permiten verificar un inicio de sesión. Si los ha usado todos, puede generar un nuevo juego. Solo serán válidos los tokens de respaldo que se muestran abajo.
backup-tokens-print = Imprima estos tokens y guárdelos en un lugar seguro. Solo se muestran ahora.
backup-tokens-unused = { $count ->
    [one] Tiene { $count } token de respaldo sin usar. Por su seguridad no puede volver a mostrarse; genere nuevos si lo ha perdido.
   *[other] Tiene { $count } tokens de respaldo sin usar. Por su seguridad no pueden volver a mostrarse; genere nuevos si los ha perdido.
}
backup-tokens-none = Todavía no tiene tokens de respaldo.
backup-tokens-generate = Generar tokens

## Seguridad de la cuenta

profile-title = Seguridad de la cuenta
profile-generator = Los tokens los generará su generador de tokens.
profile-primary-method = Método principal: { $method }.
profile-backup-phones = Números de teléfono de respaldo
profile-backup-phones-intro = Si su método principal no está disponible, podemos enviar tokens de respaldo a los números de teléfono de abajo.
profile-unregister = Quitar
profile-backup-tokens-intro = Si no lleva ningún dispositivo consigo, puede acceder a su cuenta con tokens de respaldo.
profile-backup-tokens-remaining = { $count ->
    [one] Le queda { $count } token de respaldo.
   *[other] Le quedan { $count } tokens de respaldo.
}
profile-no-backup-tokens = No le quedan tokens de respaldo.
profile-no-backup-tokens-advice = Si pierde su dispositivo no podrá iniciar sesión: genere tokens nuevos y guárdelos en un lugar seguro.
profile-few-backup-tokens = { $count ->
    [one] Solo queda { $count } token de respaldo.
   *[other] Solo quedan { $count } tokens de respaldo.
}
profile-few-backup-tokens-advice = Genere tokens nuevos antes de quedarse sin ellos.
profile-show-codes = Mostrar códigos
profile-disable-intro = Aunque se lo desaconsejamos firmemente, también puede desactivar la autenticación en dos pasos de su cuenta.
disable-title = Desactivar la autenticación en dos pasos
disable-intro = Va a desactivar la autenticación en dos pasos. Esto debilita la seguridad de su cuenta. ¿Está seguro?
disable-submit = Desactivar

## Correo con un código

email-subject = Su token
email-hello = Hola, { $username }:
email-code-intro = Su código de verificación para { $site } es:
email-validity = { $minutes ->
    [one] Es válido durante { $minutes } minuto y solo puede usarse una vez. Si no intentó iniciar sesión, puede ignorar este correo; puede que alguien conozca su contraseña, así que considere cambiarla.
   *[other] Es válido durante { $minutes } minutos y solo puede usarse una vez. Si no intentó iniciar sesión, puede ignorar este correo; puede que alguien conozca su contraseña, así que considere cambiarla.
}

## SMS y llamadas

sms-token = Su token es { $token }
voice-token = Su token es { $token }.
voice-token-again = Otra vez, su token es { $token }.

## Aviso de uso de un token de respaldo

alert-subject = Token de respaldo usado
alert-body = Hola, { $username }:

    Ha verificado su identidad en { $site } con un dispositivo de respaldo. Si no fue usted, su cuenta podría estar comprometida. Cambie su contraseña de inmediato, revise sus números de teléfono de respaldo y genere tokens de respaldo nuevos.

## Administración

admin-title = Administración de dos pasos
admin-forbidden = Ha iniciado sesión como { $username }, pero no tiene permiso para acceder a esta página. ¿Desea iniciar sesión con otra cuenta?
admin-forbidden-login = Iniciar sesión con otra cuenta
admin-users = Usuarios
admin-find-label = Buscar un usuario por su nombre de usuario
admin-find = Buscar
admin-no-user-named = No hay ningún usuario llamado «{ $username }».
admin-cannot-list = El almacén de usuarios de este sitio no puede listar sus usuarios. Busque un usuario por su nombre de usuario.
admin-col-username = Nombre de usuario
admin-col-email = Correo electrónico
admin-col-two-factor = Dos pasos
admin-col-staff = Personal
admin-col-active = Activo
admin-superuser-note = (superusuario)
admin-enabled = activada
admin-disabled = desactivada
admin-yes = sí
admin-no = no
admin-showing = { $total ->
    [one] Se muestra { $shown } de { $total } usuario; busque los demás por su nombre de usuario.
   *[other] Se muestran { $shown } de { $total } usuarios; busque los demás por su nombre de usuario.
}
admin-no-users = Todavía no hay usuarios.
admin-role-superuser = superusuario
admin-role-staff = personal
admin-role-not-staff = no es personal
admin-state-active = activo
admin-state-inactive = inactivo
admin-user-two-factor = autenticación en dos pasos
admin-devices = Dispositivos
admin-col-device = Dispositivo
admin-col-name = Nombre
admin-col-id = Identificador
admin-col-failures = Intentos fallidos
admin-col-actions = Acciones
admin-verified-your-session = (verificó su sesión)
admin-reset-failures = Restablecer los intentos fallidos
admin-remove = Eliminar
admin-no-devices = Ningún dispositivo.
admin-backup-tokens = Tokens de respaldo
admin-backup-tokens-remaining = { $count ->
    [one] Queda { $count } token de respaldo.
   *[other] Quedan { $count } tokens de respaldo.
}
admin-remove-backup-tokens = Eliminar los tokens de respaldo
admin-failed-attempts = { $count ->
    [one] { $count } intento fallido
   *[other] { $count } intentos fallidos
}
admin-reset-backup-failures = Restablecer los intentos fallidos de los tokens de respaldo
admin-backup-phones = Teléfonos de respaldo
admin-no-backup-phones = Ningún teléfono de respaldo.
admin-audit-reauth = { $minutes ->
    [one] Cada cambio en esta página le pide confirmar su contraseña (y un token) si la última confirmación fue hace más de { $minutes } minuto; cada uno queda registrado en el registro de auditoría.
   *[other] Cada cambio en esta página le pide confirmar su contraseña (y un token) si la última confirmación fue hace más de { $minutes } minutos; cada uno queda registrado en el registro de auditoría.
}
admin-audit = Cada cambio en esta página queda registrado en el registro de auditoría.
admin-reset-two-factor = Restablecer la autenticación en dos pasos
admin-reset-intro = Para un usuario que perdió sus dispositivos: elimina todos sus dispositivos y tokens de respaldo, de modo que inicie sesión solo con su contraseña y vuelva a configurar la autenticación en dos pasos.
admin-notice-removed = Se eliminó { $device } ({ $id }).
admin-notice-failures-reset = Se restablecieron los intentos fallidos de { $device } ({ $id }).
admin-notice-reset = Se restableció la autenticación en dos pasos de { $username }.

## Campos de formulario y mensajes

field-username = Nombre de usuario
field-password = Contraseña
field-token = Token
field-method = Método
field-phone-number = Número de teléfono
field-phone-help = Con el prefijo del país, empezando por + o 00.
field-email = Dirección de correo electrónico
field-understand = Sí, estoy seguro
method-generator = Generador de tokens
method-sms = SMS
method-call = Llamada telefónica
method-email = Correo electrónico
form-required = Este campo es obligatorio.
form-invalid-token = Token no válido. Compruebe que lo ha introducido correctamente.
form-invalid-setup-token = El token introducido no es válido.
form-invalid-login = Introduzca un nombre de usuario y una contraseña correctos. Ambos campos pueden distinguir mayúsculas de minúsculas.
form-timed-out = Su sesión ha caducado. Vuelva a iniciar sesión.
form-wrong-password = Ha introducido una contraseña incorrecta. Vuelva a introducirla.
form-invalid-email = Introduzca una dirección de correo electrónico válida.
form-invalid-phone = Introduzca un número de teléfono válido, con el prefijo del país empezando por + o 00.

## Dispositivos

device-generator = Aplicación de autenticación
device-backup-tokens = Tokens de respaldo
device-sms = SMS al { $target }
device-call = Llamada al { $target }
device-email = Correo a { $target }

## Limitación, caducidad y envío de códigos

throttle-device = { $count ->
    [one] Verificación desactivada temporalmente tras { $count } intento fallido; vuelva a intentarlo pronto.
   *[other] Verificación desactivada temporalmente tras { $count } intentos fallidos; vuelva a intentarlo pronto.
}
throttle-network = { $seconds ->
    [one] Demasiados intentos fallidos desde su red. Vuelva a intentarlo dentro de { $seconds } segundo.
   *[other] Demasiados intentos fallidos desde su red. Vuelva a intentarlo dentro de { $seconds } segundos.
}
throttle-account = { $seconds ->
    [one] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $seconds } segundo.
   *[other] Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $seconds } segundos.
}
throttle-reauth-logged-out = Se cerró su sesión tras demasiadas confirmaciones de contraseña fallidas. Vuelva a iniciar sesión.
delivery-cooldown = { $seconds ->
    [one] Se acaba de enviar un código. Use ese o pida uno nuevo dentro de { $seconds } segundo.
   *[other] Se acaba de enviar un código. Use ese o pida uno nuevo dentro de { $seconds } segundos.
}
delivery-limited-destination = { $minutes ->
    [one] Se han enviado demasiados códigos a este número o dirección recientemente. Vuelva a intentarlo dentro de { $minutes } minuto o use otro método.
   *[other] Se han enviado demasiados códigos a este número o dirección recientemente. Vuelva a intentarlo dentro de { $minutes } minutos o use otro método.
}
delivery-limited-user = { $minutes ->
    [one] Se han enviado demasiados códigos para su cuenta recientemente. Vuelva a intentarlo dentro de { $minutes } minuto o use otro método.
   *[other] Se han enviado demasiados códigos para su cuenta recientemente. Vuelva a intentarlo dentro de { $minutes } minutos o use otro método.
}
delivery-failed = No hemos podido enviarle un código en este momento. Vuelva a intentarlo más tarde o use otro método.

## Páginas de error

error-title-400 = Solicitud incorrecta
error-title-403 = Prohibido
error-title-404 = No encontrado
error-title-500 = Error interno del servidor
error-title-503 = Servicio no disponible
error-unavailable = El servicio no está disponible temporalmente. No se ha cambiado nada; vuelva a intentarlo en un momento.
error-unavailable-not-saved = El servicio no está disponible temporalmente. Es posible que su solicitud se haya realizado, pero no se pudo guardar su sesión. Vuelva a iniciar sesión.
error-internal = Algo ha fallado por nuestra parte.
error-csrf = La verificación CSRF ha fallado. Solicitud cancelada. Recargue la página y vuelva a enviar el formulario.
error-not-found = No encontrado.
error-management-form = Faltan los datos del ManagementForm o han sido manipulados.
error-token-too-long = El campo del token es demasiado largo.

## Llaves de seguridad y llaves de acceso (WebAuthn): inicio de sesión, configuración, nueva confirmación, perfil

method-webauthn = Llave de seguridad o llave de acceso
token-webauthn = Use su llave de seguridad o llave de acceso: pulse el botón de abajo y, después, toque la llave o confirme en su dispositivo.
reauth-intro-webauthn = Esta acción cambia cómo se protege su cuenta. Introduzca su contraseña y confirme con su llave de seguridad para continuar.
reauth-confirm-webauthn = Confirmar con la llave de seguridad
setup-webauthn-intro = Use una llave de seguridad (USB, NFC o Bluetooth) o el bloqueo de pantalla de su dispositivo para confirmar sus inicios de sesión. Póngale un nombre si lo desea, pulse el botón y siga las instrucciones de su navegador.
webauthn-needs-js = Las llaves de seguridad necesitan JavaScript.
webauthn-needs-js-setup = Actívelo para este sitio, o vuelva atrás y elija otro método.
webauthn-needs-js-reauth = Actívelo para este sitio para continuar.
webauthn-needs-js-other = Actívelo para este sitio, o use otro método.
webauthn-needs-js-login = { $alternatives ->
    [token] Actívelo para este sitio, o introduzca un token.
    [backup] Actívelo para este sitio, o use un token de respaldo.
    [both] Actívelo para este sitio, introduzca un token, o use un token de respaldo.
   *[none] Actívelo para este sitio.
}
webauthn-use-key = Usar la llave de seguridad
webauthn-passkey-needs-js = Iniciar sesión con una llave de acceso necesita JavaScript; use su nombre de usuario y su contraseña.
webauthn-passkey-login = Iniciar sesión con una llave de acceso
webauthn-register = Registrar la llave de seguridad
webauthn-profile-title = Llaves de seguridad y llaves de acceso
webauthn-col-kind = Tipo
webauthn-col-added = Añadida
webauthn-col-last-used = Último uso
webauthn-col-actions = Acciones
webauthn-kind-passkey = Llave de acceso
webauthn-kind-security-key = Llave de seguridad
webauthn-primary = (principal)
webauthn-never = nunca
webauthn-remove = Quitar
webauthn-remove-label = Quitar { $label }
webauthn-no-keys = Aún no hay llaves de seguridad. Una llave o una llave de acceso confirma sus inicios de sesión con un toque.
webauthn-add-title = Añadir llave de seguridad
webauthn-add-intro = Una llave de seguridad (una llave USB, NFC o Bluetooth) o el bloqueo de pantalla de su dispositivo puede confirmar sus inicios de sesión. Una llave de acceso, además, le permite iniciar sesión sin contraseña: necesita el PIN, la huella o el rostro configurado en su dispositivo.
webauthn-add-needs-js = Añadir una llave de seguridad necesita JavaScript.
webauthn-label-field = Nombre
webauthn-label-placeholder = p. ej., YubiKey de mi llavero
webauthn-label-apart = Para distinguir sus llaves más adelante.
webauthn-label-help = Opcional, p. ej., «YubiKey de mi llavero».
webauthn-add-passkey = Añadir una llave de acceso
webauthn-add-key = Añadir llave de seguridad
device-webauthn-key = Llave de seguridad «{ $label }»
device-labelled = { $what } «{ $label }»
webauthn-synced = sincronizada
webauthn-syncable = aún no sincronizada
webauthn-device-bound = vinculada al dispositivo
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Tu única llave de seguridad está vinculada a un dispositivo: si lo pierdes, pierdes el acceso a tu cuenta. Añade una segunda llave o una llave de acceso.
device-webauthn-passkey = Llave de acceso «{ $label }»

## Llaves de seguridad y llaves de acceso: mensajes del servidor

webauthn-press-button = Pulse el botón y siga las instrucciones de su navegador.
webauthn-use-key-hint = Use su llave de seguridad: pulse el botón y siga las instrucciones de su navegador.
webauthn-no-ceremony = La solicitud a la llave de seguridad caducó o ya se usó. Inténtelo de nuevo.
webauthn-log-in-first = Inicie sesión primero.
webauthn-verify-first = Verifique primero su inicio de sesión con su segundo factor.
webauthn-reauth-first = Vuelva a confirmar su contraseña (recargue la página).
webauthn-login-timed-out = Su inicio de sesión caducó. Vuelva a iniciar sesión.
webauthn-label-control = El nombre no puede contener caracteres de control.
webauthn-label-too-long = El nombre puede tener como máximo { $max } caracteres.
webauthn-error-malformed = No se pudo leer la respuesta del navegador ({ $part }). Inténtelo de nuevo.
webauthn-error-key-cbor = No se pudo leer la clave pública de la llave de seguridad.
webauthn-error-key-unsupported = La llave de seguridad usa un algoritmo que este sitio no admite.
webauthn-error-key-malformed = La clave pública de la llave de seguridad está mal formada.
webauthn-error-challenge-mismatch = Esta respuesta corresponde a otra solicitud. Inténtelo de nuevo.
webauthn-error-expired = La solicitud caducó. Inténtelo de nuevo.
webauthn-error-wrong-origin = La respuesta vino de otro sitio ({ $origin }).
webauthn-error-wrong-rp-id = La llave de seguridad respondió para otro sitio.
webauthn-error-user-not-present = No se tocó la llave de seguridad.
webauthn-error-user-not-verified = La llave de seguridad no le verificó (PIN o biometría). Inténtelo de nuevo.
webauthn-error-bad-signature = La firma de la llave de seguridad no es válida.
webauthn-error-unknown-credential = Esta llave de seguridad no está registrada para esta cuenta.
webauthn-error-not-passkey = Esta llave no es una llave de acceso de este sitio. Inicie sesión con su contraseña.
webauthn-error-passkey-login-disabled = Iniciar sesión con una llave de acceso está desactivado en este sitio.
webauthn-error-counter-regression = El contador de firmas de esta llave de seguridad retrocedió, lo que ocurre cuando una llave se ha copiado. Se rechazó; contacte con los administradores del sitio.
webauthn-error-replayed = Esta respuesta ya se usó. Inténtelo de nuevo.
webauthn-error-already-registered = Esta llave de seguridad ya está registrada.
webauthn-error-unsupported-attestation = La atestación de este autenticador ({ $format }) no se admite; el sitio acepta «none» y «packed».
webauthn-error-not-discoverable = Este autenticador no puede guardar una llave de acceso. Añádalo como llave de seguridad.
webauthn-error-wrong-ceremony = Esta respuesta corresponde a otro paso. Empiece de nuevo.
webauthn-error-model-not-accepted = Este tipo de autenticador ({ $model }) no se acepta en este sitio.
webauthn-error-attestation-required = Este sitio solo acepta llaves de seguridad que demuestran su modelo (atestación).
webauthn-error-attestation-untrusted = No se pudo verificar la atestación de la llave de seguridad.
webauthn-error-not-in-metadata = Este tipo de autenticador ({ $model }) no está en la lista de modelos conocidos del sitio.
webauthn-error-revoked = Su fabricante ha informado de que este tipo de autenticador ({ $model }) está revocado o comprometido.
webauthn-origin-not-secure = Las llaves de seguridad y las llaves de acceso necesitan una conexión segura: abra este sitio por HTTPS (o en http://localhost durante el desarrollo).
webauthn-origin-ip-address = Las llaves de seguridad y las llaves de acceso necesitan un nombre de dominio, no una dirección IP: abra este sitio en { $suggestion } en lugar de { $address }.
webauthn-origin-bad-host = El nombre de host de esta página no se puede usar para llaves de seguridad ni llaves de acceso.
webauthn-origin-outside-rp-id = La dirección de esta página no forma parte del dominio del sitio para llaves de seguridad ({ $rp_id }).
webauthn-origin-not-allowed = La dirección de esta página no está entre las direcciones del sitio para llaves de seguridad.

## Llaves de seguridad y llaves de acceso: mensajes del script del navegador (webauthn.js)

webauthn-js-unsupported = Este navegador no admite llaves de seguridad ni llaves de acceso. Use otro método o un navegador actual.
webauthn-js-insecure = Las llaves de seguridad y las llaves de acceso necesitan una dirección segura (HTTPS, o http://localhost durante el desarrollo).
webauthn-js-cancelled = La solicitud se canceló o caducó. Inténtelo de nuevo cuando su llave o su dispositivo estén listos.
webauthn-js-aborted = La solicitud se canceló.
webauthn-js-exists = Esta llave de seguridad ya está registrada en su cuenta.
webauthn-js-security = Esta dirección no puede usar llaves de seguridad (WebAuthn necesita HTTPS o localhost, y un nombre de dominio en lugar de una dirección IP).
webauthn-js-network = No se pudo contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.
webauthn-js-failed = Algo salió mal con la llave de seguridad. Inténtelo de nuevo.
webauthn-js-working = Siga las instrucciones de su navegador: toque su llave de seguridad o confirme en su dispositivo.
api-webauthn-off = Las llaves de seguridad no están activadas en este sitio.
api-passkey-off = El inicio de sesión con una llave de acceso no está activado en este sitio.

## The JSON API's problem details (`detail`)
api-verification-required = Esto requiere una sesión verificada con un segundo factor.
api-no-removable-device = No existe ese teléfono de respaldo, esa aplicación de autenticación (mientras quede otro dispositivo) ni esa llave de seguridad adicional.
api-no-such-device = No existe ese dispositivo.
api-already-enabled = La autenticación en dos pasos ya está activada (desactívala primero para empezar de nuevo).
api-no-totp-setup = No hay ninguna configuración en curso: llama primero a totp_setup.
api-no-phone-methods = Este sitio no envía SMS ni hace llamadas.
api-method-choice = method debe ser uno de: { $methods }.
api-code-not-sent = No se pudo enviar el código.
api-no-phone-setup = Ningún teléfono espera su código: llama primero a phone_add.
api-answer-failed = No se pudo construir la respuesta.
api-credentials-required = Se requieren el nombre de usuario y la contraseña.
api-no-pending-login = Ningún inicio de sesión espera un token (caducó o terminó). Inicia sesión de nuevo.
api-no-challenge-device = No existe ese teléfono ni esa dirección de correo.
api-password-required = Se requiere la contraseña.
api-cookie-with-app = Una petición de aplicación (X-Session-Token o X-Client: app) no debe enviar la cookie de sesión.
api-two-factor-required = Esta cuenta requiere la autenticación en dos pasos.
api-session-expired = El token de sesión es desconocido o ha caducado. Inicia sesión de nuevo.
api-middleware-missing = Las sesiones de aplicación necesitan el middleware de two_factor (TwoFactorMiddleware u OtpMiddleware).
api-csrf-header = Falló la verificación CSRF: envía el token de `session` en la cabecera X-CSRFToken.
api-log-in = Inicia sesión.
api-reauthenticate = Confirma primero tu contraseña (reauthenticate).
api-body-too-large = El cuerpo es mayor de lo que acepta la API (16 KiB).
api-body-unreadable = No se pudo leer el cuerpo.
api-token-too-long = El token es demasiado largo.
api-method-not-allowed = Esta ruta no admite este método.
api-no-operation = La API no tiene ninguna operación en esta ruta.
api-csrf = Falló la verificación CSRF.
api-not-found = No encontrado.
api-overloaded = Demasiados inicios de sesión a la vez. Inténtalo de nuevo en un momento.
api-unavailable = El servicio no está disponible temporalmente. Inténtalo de nuevo más tarde.
api-body-mismatch = El cuerpo JSON no encaja: { $error }.
api-body-not-object = El cuerpo debe ser un objeto JSON.

# Varias aplicaciones de autenticación, dispositivos con nombre
profile-apps = Aplicaciones de autenticación
profile-apps-intro = Un código de cualquiera de estas aplicaciones le permite iniciar sesión. Póngale un nombre a cada una para distinguirlas.
profile-app-main = (principal)
app-create-title = Añadir una aplicación de autenticación
app-create-intro = Escanee el código QR con la nueva aplicación, póngale un nombre e introduzca el código que muestra.
app-create-submit = Añadir aplicación
app-name-placeholder = p. ej. Tableta
app-setup-restarted = Esa configuración había caducado. Escanee este nuevo código QR e introduzca un código suyo.
device-name-field = Nombre
device-rename = Cambiar nombre
device-rename-label = Nuevo nombre para { $what }

# Dónde ha iniciado sesión
session-agent = { $browser } en { $system }
session-agent-unknown-browser = Navegador desconocido en { $system }
session-agent-unknown = Navegador desconocido
sessions-title = Dónde ha iniciado sesión
sessions-intro = Estos navegadores y aplicaciones tienen la sesión iniciada en su cuenta. La que cierre se cierra en su siguiente petición.
sessions-col-browser = Navegador
sessions-col-address = Red
sessions-col-began = Inicio de sesión
sessions-col-last-seen = Última actividad
sessions-app = aplicación
sessions-current = Esta sesión
sessions-revoke = Cerrar sesión
sessions-revoke-others = Cerrar sesión en todos los demás sitios
sessions-not-me-title = ¿No reconoce una sesión?
sessions-not-me = Ciérrela (o cierre todas las demás), cambie su contraseña y revise sus dispositivos de autenticación en dos pasos.
sessions-back = Volver a la seguridad de la cuenta
profile-sessions-intro = Consulte los navegadores y aplicaciones con la sesión iniciada en su cuenta y ciérreles la sesión.
profile-sessions-link = Sus sesiones
api-no-such-session = No existe esa sesión.

# Navegadores de confianza
trusted-title = Navegadores de confianza
trusted-intro = En estos navegadores se eligió «no volver a preguntar»: omiten el código al iniciar sesión hasta la fecha indicada. Si le retira la confianza a uno, pedirá un código en su siguiente inicio de sesión.
trusted-col-granted = De confianza desde
trusted-col-expires = Hasta
trusted-revoke = Dejar de confiar
trusted-revoke-all = Dejar de confiar en todos los navegadores
trusted-none = Ningún navegador omite el código al iniciar sesión.
api-no-such-grant = No existe ese navegador de confianza.

# Alertas de seguridad (correos)
alert-new-browser-subject = Nuevo inicio de sesión en { $site }
alert-new-browser = Alguien ha iniciado sesión en su cuenta { $username } de { $site } desde un navegador que nunca se había usado con ella.
alert-device-added-subject = Se añadió un dispositivo de autenticación en dos pasos en { $site }
alert-device-added = Se añadió { $device } a los dispositivos de autenticación en dos pasos de su cuenta { $username } en { $site }.
alert-device-removed-subject = Se quitó un dispositivo de autenticación en dos pasos en { $site }
alert-device-removed = Se quitó un dispositivo de los dispositivos de autenticación en dos pasos de su cuenta { $username } en { $site }.
alert-backup-tokens-subject = Nuevos tokens de respaldo en { $site }
alert-backup-tokens = Se generaron nuevos tokens de respaldo para su cuenta { $username } en { $site }; los anteriores ya no sirven.
alert-disabled-subject = Autenticación en dos pasos desactivada en { $site }
alert-disabled = Se desactivó la autenticación en dos pasos de su cuenta { $username } en { $site }.
alert-locked-subject = Códigos incorrectos en { $site }
alert-locked = Su { $device } en { $site } rechaza códigos durante un tiempo tras recibir códigos incorrectos. Códigos incorrectos seguidos: { $count }.
alert-when = Cuándo: { $when }
alert-browser = Navegador: { $browser }
alert-network = Red: { $network }
alert-not-me-link = Si no fue usted, cierre la sesión en todas partes aquí y luego cambie su contraseña: { $url }
alert-not-me-page = Si no fue usted, cierre la sesión en todas partes en la página «Dónde ha iniciado sesión» de la seguridad de su cuenta ({ $path }) y luego cambie su contraseña.
alert-unknown = desconocido

# Administración: sesiones y navegadores de confianza
admin-sessions = Sesiones
admin-no-sessions = Ninguna sesión activa.
admin-end-session = Finalizar
admin-end-all-sessions = Finalizar todas las sesiones
admin-notice-sessions-ended = Sesiones finalizadas: { $count }.
admin-notice-untrusted = Navegadores de confianza retirados: { $count }.
