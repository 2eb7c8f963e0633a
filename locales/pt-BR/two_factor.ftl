# actix-two-factor: português do Brasil.
# Termos: token, token de backup, aplicativo autenticador,
# autenticação em dois fatores.

## Moldura das páginas e seletor de idioma

language-name = Português (Brasil)

base-account-security = Segurança da conta
base-log-out = Sair
base-log-in = Entrar
base-language = Idioma
base-language-submit = Trocar

## Palavras comuns

wizard-cancel = Cancelar
wizard-back = Voltar
wizard-next = Avançar
permission-denied = Permissão negada
enable-two-factor = Ativar a autenticação em dois fatores
disable-two-factor = Desativar a autenticação em dois fatores
two-factor-not-enabled = A autenticação em dois fatores não está ativada na sua conta. Ative-a para deixar sua conta mais segura.
back-to-account-security = Voltar à segurança da conta
add-phone-number = Adicionar número de telefone
backup-tokens-title = Tokens de backup
token-generator = Digite o token gerado pelo seu gerador de tokens.
token-call = Estamos ligando para você agora; digite os números que você ouvir.
token-sms = Enviamos um SMS para você; digite o token que enviamos.
token-email = Enviamos um e-mail para você; digite o token que enviamos.

## Entrada

login-title = Entrar
login-credentials = Digite suas credenciais.
login-backup-intro = Use este formulário para entrar com um token de backup. Esses tokens foram gerados para você imprimir e guardar em lugar seguro. Digite um desses tokens de backup para entrar na sua conta.
login-submit = Entrar
login-other-methods = Ou então use um dos seus outros métodos de autenticação:
login-backup-last-resort = Como último recurso, você pode usar um token de backup:
login-use-backup-token = Usar um token de backup

## Configuração

setup-welcome = Você vai levar a segurança da sua conta a outro nível. Siga os passos deste assistente para ativar a autenticação em dois fatores.
setup-method = Escolha o método de autenticação que você quer usar.
setup-generator-intro = Para usar um gerador de tokens, escaneie o código QR abaixo com seu celular, por exemplo com Google Authenticator, Aegis ou FreeOTP.
setup-qr-alt = Código QR
setup-manual-key = Não consegue escanear o código? Digite esta chave no seu aplicativo:
setup-on-this-phone = Neste celular?
setup-open-in-app = Abrir no seu aplicativo autenticador
setup-app-should-show = O aplicativo deve mostrar o emissor “{ $issuer }” e códigos de { $digits } dígitos.
setup-enter-token = Depois, digite o token gerado pelo aplicativo.
setup-sms-intro = Digite o número de telefone em que você quer receber os SMS. Esse número será validado no próximo passo.
setup-call-intro = Digite o número de telefone para o qual devemos ligar. Esse número será validado no próximo passo.
setup-email-intro = Digite o endereço de e-mail em que você quer receber os tokens. Esse endereço será validado no próximo passo.
complete-congratulations = Parabéns, você ativou a autenticação em dois fatores.
complete-add-phone-hint = Pode acontecer, porém, de você ficar sem acesso ao seu dispositivo principal. Para poder recuperar a conta, adicione um número de telefone.

## Dois fatores obrigatórios

otp-required-enforced = Por motivos de segurança, a página solicitada exige verificação com autenticação em dois fatores. Você precisa ativar essa proteção para acessar esta página.
otp-required-go-back = Voltar à página anterior

## Telefones de backup

phone-title = Adicionar telefone de backup
phone-setup-intro = Você vai adicionar um número de telefone de backup à sua conta. Ele será usado se o seu método principal não estiver disponível.
phone-validation-intro = Enviamos um token para o seu número de telefone. Digite o token recebido.

## Nova confirmação

reauth-title = Confirme que é você
reauth-intro = Esta ação muda a forma como sua conta é protegida. Digite sua senha para continuar.
reauth-intro-token = Esta ação muda a forma como sua conta é protegida. Digite sua senha e um token ({ $device }) para continuar.
reauth-confirm = Confirmar

## Tokens de backup

backup-tokens-intro = Os tokens de backup servem para quando seus telefones principal e de backup não estiverem disponíveis. Os tokens de backup abaixo permitem verificar uma entrada. Se você já usou todos, pode gerar um novo conjunto. Só os tokens de backup mostrados abaixo serão válidos.
backup-tokens-print = Imprima estes tokens e guarde-os em lugar seguro. Eles só são mostrados agora.
backup-tokens-unused = { $count ->
    [one] Você tem { $count } token de backup não usado. Por segurança ele não pode ser mostrado de novo; gere novos se você o perdeu.
   *[other] Você tem { $count } tokens de backup não usados. Por segurança eles não podem ser mostrados de novo; gere novos se você os perdeu.
}
backup-tokens-none = Você ainda não tem tokens de backup.
backup-tokens-generate = Gerar tokens

## Segurança da conta

profile-title = Segurança da conta
profile-generator = Os tokens serão gerados pelo seu gerador de tokens.
profile-primary-method = Método principal: { $method }.
profile-backup-phones = Telefones de backup
profile-backup-phones-intro = Se o seu método principal não estiver disponível, podemos enviar tokens de backup para os números de telefone abaixo.
profile-unregister = Remover
profile-backup-tokens-intro = Se você estiver sem nenhum dispositivo, pode acessar sua conta com tokens de backup.
profile-backup-tokens-remaining = { $count ->
    [one] Resta { $count } token de backup.
   *[other] Restam { $count } tokens de backup.
}
profile-no-backup-tokens = Você não tem mais tokens de backup.
profile-no-backup-tokens-advice = Se perder seu dispositivo, você não conseguirá entrar: gere novos tokens e guarde-os em lugar seguro.
profile-few-backup-tokens = { $count ->
    [one] Só resta { $count } token de backup.
   *[other] Só restam { $count } tokens de backup.
}
profile-few-backup-tokens-advice = Gere novos tokens antes que acabem.
profile-show-codes = Mostrar códigos
profile-disable-intro = Não recomendamos, mas você também pode desativar a autenticação em dois fatores da sua conta.
disable-title = Desativar a autenticação em dois fatores
disable-intro = Você está prestes a desativar a autenticação em dois fatores. Isso enfraquece a segurança da sua conta. Tem certeza?
disable-submit = Desativar

## E-mail com um código

email-subject = Seu token
email-hello = Olá, { $username },
email-code-intro = Seu código de verificação para { $site } é:
email-validity = { $minutes ->
    [one] Ele vale por { $minutes } minuto e só pode ser usado uma vez. Se você não tentou entrar, pode ignorar este e-mail; alguém pode saber sua senha, então considere trocá-la.
   *[other] Ele vale por { $minutes } minutos e só pode ser usado uma vez. Se você não tentou entrar, pode ignorar este e-mail; alguém pode saber sua senha, então considere trocá-la.
}

## SMS e ligações

sms-token = Seu token é { $token }
voice-token = Seu token é { $token }.
voice-token-again = Repetindo, seu token é { $token }.

## Aviso de uso de um token de backup

alert-subject = Token de backup usado
alert-body = Olá, { $username },

    Você se identificou em { $site } com um dispositivo de backup. Se não foi você, sua conta pode ter sido comprometida. Troque sua senha imediatamente, confira seus telefones de backup e gere novos tokens de backup.

## Administração

admin-title = Administração de dois fatores
admin-forbidden = Você entrou como { $username }, mas não tem permissão para acessar esta página. Quer entrar com outra conta?
admin-forbidden-login = Entrar com outra conta
admin-users = Usuários
admin-find-label = Buscar usuário pelo nome de usuário
admin-find = Buscar
admin-no-user-named = Nenhum usuário chamado “{ $username }”.
admin-cannot-list = O armazenamento de usuários deste site não consegue listar os usuários. Busque um usuário pelo nome de usuário.
admin-col-username = Nome de usuário
admin-col-email = E-mail
admin-col-two-factor = Dois fatores
admin-col-staff = Equipe
admin-col-active = Ativo
admin-superuser-note = (superusuário)
admin-enabled = ativada
admin-disabled = desativada
admin-yes = sim
admin-no = não
admin-showing = { $total ->
    [one] Mostrando { $shown } de { $total } usuário; busque os demais pelo nome de usuário.
   *[other] Mostrando { $shown } de { $total } usuários; busque os demais pelo nome de usuário.
}
admin-no-users = Ainda não há usuários.
admin-role-superuser = superusuário
admin-role-staff = equipe
admin-role-not-staff = fora da equipe
admin-state-active = ativo
admin-state-inactive = inativo
admin-user-two-factor = autenticação em dois fatores
admin-devices = Dispositivos
admin-col-device = Dispositivo
admin-col-name = Nome
admin-col-id = Identificador
admin-col-failures = Tentativas falhas
admin-col-actions = Ações
admin-verified-your-session = (verificou sua sessão)
admin-reset-failures = Zerar tentativas falhas
admin-remove = Remover
admin-no-devices = Nenhum dispositivo.
admin-backup-tokens = Tokens de backup
admin-backup-tokens-remaining = { $count ->
    [one] Resta { $count } token de backup.
   *[other] Restam { $count } tokens de backup.
}
admin-remove-backup-tokens = Remover tokens de backup
admin-failed-attempts = { $count ->
    [one] { $count } tentativa falha
   *[other] { $count } tentativas falhas
}
admin-reset-backup-failures = Zerar tentativas falhas dos tokens de backup
admin-backup-phones = Telefones de backup
admin-no-backup-phones = Nenhum telefone de backup.
admin-audit-reauth = { $minutes ->
    [one] Cada alteração nesta página pede que você confirme sua senha (e um token) se a última confirmação foi há mais de { $minutes } minuto; cada uma fica registrada no log de auditoria.
   *[other] Cada alteração nesta página pede que você confirme sua senha (e um token) se a última confirmação foi há mais de { $minutes } minutos; cada uma fica registrada no log de auditoria.
}
admin-audit = Cada alteração nesta página fica registrada no log de auditoria.
admin-reset-two-factor = Redefinir a autenticação em dois fatores
admin-reset-intro = Para quem perdeu seus dispositivos: remove todos os dispositivos e tokens de backup, para que a pessoa entre só com a senha e configure de novo a autenticação em dois fatores.
admin-notice-removed = { $device } ({ $id }) removido.
admin-notice-failures-reset = Tentativas falhas zeradas para { $device } ({ $id }).
admin-notice-reset = A autenticação em dois fatores de { $username } foi redefinida.

## Campos de formulário e mensagens

field-username = Nome de usuário
field-password = Senha
field-token = Token
field-method = Método
field-phone-number = Número de telefone
field-phone-help = Com o código do país, começando com + ou 00.
field-email = Endereço de e-mail
field-understand = Sim, tenho certeza
method-generator = Gerador de tokens
method-sms = SMS
method-call = Ligação telefônica
method-email = E-mail
form-required = Este campo é obrigatório.
form-invalid-token = Token inválido. Verifique se você o digitou corretamente.
form-invalid-setup-token = O token digitado não é válido.
form-invalid-login = Digite um nome de usuário e uma senha corretos. Os dois campos podem diferenciar maiúsculas de minúsculas.
form-timed-out = Sua sessão expirou. Entre novamente.
form-wrong-password = Sua senha está incorreta. Digite-a novamente.
form-invalid-email = Digite um endereço de e-mail válido.
form-invalid-phone = Digite um número de telefone válido, com o código do país começando com + ou 00.

## Dispositivos

device-generator = Aplicativo autenticador
device-backup-tokens = Tokens de backup
device-sms = SMS para { $target }
device-call = Ligação para { $target }
device-email = E-mail para { $target }

## Limitação, expiração e envio de códigos

throttle-device = { $count ->
    [one] Verificação desativada temporariamente após { $count } tentativa falha; tente de novo em breve.
   *[other] Verificação desativada temporariamente após { $count } tentativas falhas; tente de novo em breve.
}
throttle-network = { $seconds ->
    [one] Tentativas falhas demais a partir da sua rede. Tente de novo em { $seconds } segundo.
   *[other] Tentativas falhas demais a partir da sua rede. Tente de novo em { $seconds } segundos.
}
throttle-account = { $seconds ->
    [one] Tentativas falhas demais. Tente de novo em { $seconds } segundo.
   *[other] Tentativas falhas demais. Tente de novo em { $seconds } segundos.
}
throttle-reauth-logged-out = Você foi desconectado após muitas confirmações de senha erradas. Entre novamente.
delivery-cooldown = { $seconds ->
    [one] Um código acabou de ser enviado. Use esse ou peça um novo em { $seconds } segundo.
   *[other] Um código acabou de ser enviado. Use esse ou peça um novo em { $seconds } segundos.
}
delivery-limited-destination = { $minutes ->
    [one] Muitos códigos foram enviados a este número ou endereço recentemente. Tente de novo em { $minutes } minuto ou use outro método.
   *[other] Muitos códigos foram enviados a este número ou endereço recentemente. Tente de novo em { $minutes } minutos ou use outro método.
}
delivery-limited-user = { $minutes ->
    [one] Muitos códigos foram enviados para sua conta recentemente. Tente de novo em { $minutes } minuto ou use outro método.
   *[other] Muitos códigos foram enviados para sua conta recentemente. Tente de novo em { $minutes } minutos ou use outro método.
}
delivery-failed = Não conseguimos enviar um código agora. Tente de novo mais tarde ou use outro método.

## Páginas de erro

error-title-400 = Requisição inválida
error-title-403 = Proibido
error-title-404 = Não encontrado
error-title-500 = Erro interno do servidor
error-title-503 = Serviço indisponível
error-unavailable = O serviço está temporariamente indisponível. Nada foi alterado; tente de novo daqui a pouco.
error-unavailable-not-saved = O serviço está temporariamente indisponível. Seu pedido pode ter sido executado, mas não foi possível salvar sua sessão. Entre novamente.
error-internal = Algo deu errado do nosso lado.
error-csrf = A verificação CSRF falhou. Requisição cancelada. Recarregue a página e envie o formulário de novo.
error-not-found = Não encontrado.
error-management-form = Os dados do ManagementForm estão faltando ou foram adulterados.
error-token-too-long = O campo do token é longo demais.

## Chaves de segurança e chaves de acesso (WebAuthn): login, configuração, nova confirmação, perfil

method-webauthn = Chave de segurança ou chave de acesso
token-webauthn = Use sua chave de segurança ou chave de acesso: pressione o botão abaixo e depois toque na chave ou confirme no seu dispositivo.
reauth-intro-webauthn = Esta ação muda a forma como sua conta é protegida. Digite sua senha e confirme com sua chave de segurança para continuar.
reauth-confirm-webauthn = Confirmar com a chave de segurança
setup-webauthn-intro = Use uma chave de segurança (USB, NFC ou Bluetooth) ou o bloqueio de tela do seu dispositivo para confirmar seus logins. Dê um nome a ela se quiser, pressione o botão e siga as instruções do seu navegador.
webauthn-needs-js = Chaves de segurança precisam de JavaScript.
webauthn-needs-js-setup = Ative-o para este site, ou volte e escolha outro método.
webauthn-needs-js-reauth = Ative-o para este site para continuar.
webauthn-needs-js-other = Ative-o para este site, ou use outro método.
webauthn-needs-js-login = { $alternatives ->
    [token] Ative-o para este site, ou digite um token.
    [backup] Ative-o para este site, ou use um token de backup.
    [both] Ative-o para este site, digite um token, ou use um token de backup.
   *[none] Ative-o para este site.
}
webauthn-use-key = Usar a chave de segurança
webauthn-passkey-needs-js = Entrar com uma chave de acesso precisa de JavaScript; use seu nome de usuário e sua senha.
webauthn-passkey-login = Entrar com uma chave de acesso
webauthn-register = Registrar a chave de segurança
webauthn-profile-title = Chaves de segurança e chaves de acesso
webauthn-col-kind = Tipo
webauthn-col-added = Adicionada em
webauthn-col-last-used = Último uso
webauthn-col-actions = Ações
webauthn-kind-passkey = Chave de acesso
webauthn-kind-security-key = Chave de segurança
webauthn-primary = (principal)
webauthn-never = nunca
webauthn-remove = Remover
webauthn-remove-label = Remover { $label }
webauthn-no-keys = Nenhuma chave de segurança ainda. Uma chave ou uma chave de acesso confirma seus logins com um toque.
webauthn-add-title = Adicionar chave de segurança
webauthn-add-intro = Uma chave de segurança (uma chave USB, NFC ou Bluetooth) ou o bloqueio de tela do seu dispositivo pode confirmar seus logins. Uma chave de acesso também faz você entrar sem senha: ela precisa do PIN, da impressão digital ou do rosto cadastrado no seu dispositivo.
webauthn-add-needs-js = Adicionar uma chave de segurança precisa de JavaScript.
webauthn-label-field = Nome
webauthn-label-placeholder = ex.: YubiKey do meu chaveiro
webauthn-label-apart = Para você diferenciar suas chaves depois.
webauthn-label-help = Opcional, ex.: “YubiKey do meu chaveiro”.
webauthn-add-passkey = Adicionar uma chave de acesso
webauthn-add-key = Adicionar chave de segurança
device-webauthn-key = Chave de segurança “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = sincronizada
webauthn-syncable = ainda não sincronizada
webauthn-device-bound = vinculada ao dispositivo
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Sua única chave de segurança está vinculada a um dispositivo: se você perdê-lo, perde o acesso à sua conta. Adicione uma segunda chave ou uma chave de acesso.
device-webauthn-passkey = Chave de acesso “{ $label }”

## Chaves de segurança e chaves de acesso: mensagens do servidor

webauthn-press-button = Pressione o botão e siga as instruções do seu navegador.
webauthn-use-key-hint = Use sua chave de segurança: pressione o botão e siga as instruções do seu navegador.
webauthn-no-ceremony = A solicitação à chave de segurança expirou ou já foi usada. Tente novamente.
webauthn-log-in-first = Entre primeiro.
webauthn-verify-first = Verifique primeiro seu login com seu segundo fator.
webauthn-reauth-first = Confirme sua senha novamente (recarregue a página).
webauthn-login-timed-out = Seu login expirou. Entre novamente.
webauthn-label-control = O nome não pode conter caracteres de controle.
webauthn-label-too-long = O nome pode ter no máximo { $max } caracteres.
webauthn-error-malformed = Não foi possível ler a resposta do navegador ({ $part }). Tente novamente.
webauthn-error-key-cbor = Não foi possível ler a chave pública da chave de segurança.
webauthn-error-key-unsupported = A chave de segurança usa um algoritmo que este site não suporta.
webauthn-error-key-malformed = A chave pública da chave de segurança está malformada.
webauthn-error-challenge-mismatch = Esta resposta pertence a outra solicitação. Tente novamente.
webauthn-error-expired = A solicitação expirou. Tente novamente.
webauthn-error-wrong-origin = A resposta veio de outro site ({ $origin }).
webauthn-error-wrong-rp-id = A chave de segurança respondeu para outro site.
webauthn-error-user-not-present = A chave de segurança não foi tocada.
webauthn-error-user-not-verified = A chave de segurança não verificou você (PIN ou biometria). Tente novamente.
webauthn-error-bad-signature = A assinatura da chave de segurança não é válida.
webauthn-error-unknown-credential = Esta chave de segurança não está registrada para esta conta.
webauthn-error-not-passkey = Esta chave não é uma chave de acesso deste site. Entre com sua senha.
webauthn-error-passkey-login-disabled = Entrar com uma chave de acesso está desativado neste site.
webauthn-error-counter-regression = O contador de assinaturas desta chave de segurança voltou atrás, o que acontece quando uma chave foi copiada. Ela foi recusada; entre em contato com os administradores do site.
webauthn-error-replayed = Esta resposta já foi usada. Tente novamente.
webauthn-error-already-registered = Esta chave de segurança já está registrada.
webauthn-error-unsupported-attestation = A atestação deste autenticador ({ $format }) não é suportada; o site aceita “none” e “packed”.
webauthn-error-not-discoverable = Este autenticador não consegue guardar uma chave de acesso. Adicione-o como chave de segurança.
webauthn-error-wrong-ceremony = Esta resposta pertence a outro passo. Comece novamente.
webauthn-error-model-not-accepted = Este tipo de autenticador ({ $model }) não é aceito neste site.
webauthn-error-attestation-required = Este site aceita apenas chaves de segurança que comprovam seu modelo (atestado).
webauthn-error-attestation-untrusted = Não foi possível verificar o atestado da chave de segurança.
webauthn-error-not-in-metadata = Este tipo de autenticador ({ $model }) não está na lista de modelos conhecidos do site.
webauthn-error-revoked = Este tipo de autenticador ({ $model }) foi informado como revogado ou comprometido pelo fabricante.
webauthn-origin-not-secure = Chaves de segurança e chaves de acesso precisam de uma conexão segura: abra este site por HTTPS (ou em http://localhost durante o desenvolvimento).
webauthn-origin-ip-address = Chaves de segurança e chaves de acesso precisam de um nome de domínio, não de um endereço IP: abra este site em { $suggestion } em vez de { $address }.
webauthn-origin-bad-host = O nome de host desta página não pode ser usado para chaves de segurança e chaves de acesso.
webauthn-origin-outside-rp-id = O endereço desta página não faz parte do domínio do site para chaves de segurança ({ $rp_id }).
webauthn-origin-not-allowed = O endereço desta página não está entre os endereços do site para chaves de segurança.

## Chaves de segurança e chaves de acesso: mensagens do script do navegador (webauthn.js)

webauthn-js-unsupported = Este navegador não suporta chaves de segurança nem chaves de acesso. Use outro método ou um navegador atual.
webauthn-js-insecure = Chaves de segurança e chaves de acesso precisam de um endereço seguro (HTTPS, ou http://localhost durante o desenvolvimento).
webauthn-js-cancelled = A solicitação foi cancelada ou expirou. Tente novamente quando sua chave ou seu dispositivo estiver pronto.
webauthn-js-aborted = A solicitação foi cancelada.
webauthn-js-exists = Esta chave de segurança já está registrada na sua conta.
webauthn-js-security = Este endereço não pode usar chaves de segurança (WebAuthn precisa de HTTPS ou localhost, e de um nome de domínio em vez de um endereço IP).
webauthn-js-network = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.
webauthn-js-failed = Algo deu errado com a chave de segurança. Tente novamente.
webauthn-js-working = Siga as instruções do seu navegador: toque na sua chave de segurança ou confirme no seu dispositivo.
api-webauthn-off = As chaves de segurança não estão ativadas neste site.
api-passkey-off = O login com chave de acesso não está ativado neste site.

## The JSON API's problem details (`detail`)
api-verification-required = Isto exige uma sessão verificada com um segundo fator.
api-no-removable-device = Não existe esse telefone de backup, esse aplicativo autenticador (enquanto outro dispositivo permanecer) nem essa chave de segurança adicional.
api-no-such-device = Não existe esse dispositivo.
api-already-enabled = A autenticação de dois fatores já está ativada (desative-a primeiro para recomeçar).
api-no-totp-setup = Nenhuma configuração em andamento: chame totp_setup primeiro.
api-no-phone-methods = Este site não envia SMS nem faz chamadas.
api-method-choice = method deve ser um destes: { $methods }.
api-code-not-sent = Não foi possível enviar o código.
api-no-phone-setup = Nenhum telefone está aguardando o código: chame phone_add primeiro.
api-answer-failed = Não foi possível montar a resposta.
api-credentials-required = Nome de usuário e senha são obrigatórios.
api-no-pending-login = Nenhum login está aguardando um token (expirou ou terminou). Faça login novamente.
api-no-challenge-device = Não existe esse telefone nem esse e-mail.
api-password-required = A senha é obrigatória.
api-cookie-with-app = Uma requisição de app (X-Session-Token ou X-Client: app) não deve enviar o cookie de sessão.
api-two-factor-required = Esta conta exige autenticação de dois fatores.
api-session-expired = O token de sessão é desconhecido ou expirou. Faça login novamente.
api-middleware-missing = As sessões de app precisam do middleware do two_factor (TwoFactorMiddleware ou OtpMiddleware).
api-csrf-header = Falha na verificação CSRF: envie o token de `session` no cabeçalho X-CSRFToken.
api-log-in = Faça login.
api-reauthenticate = Confirme sua senha primeiro (reauthenticate).
api-body-too-large = O corpo é maior do que a API aceita (16 KiB).
api-body-unreadable = Não foi possível ler o corpo.
api-token-too-long = O token é longo demais.
api-method-not-allowed = Este caminho não aceita este método.
api-no-operation = A API não tem nenhuma operação neste caminho.
api-csrf = Falha na verificação CSRF.
api-not-found = Não encontrado.
api-overloaded = Logins demais ao mesmo tempo. Tente novamente em instantes.
api-unavailable = O serviço está temporariamente indisponível. Tente novamente mais tarde.
api-body-mismatch = O corpo JSON não se encaixa: { $error }.
api-body-not-object = O corpo deve ser um objeto JSON.

# Vários aplicativos autenticadores, dispositivos com nome
profile-apps = Aplicativos autenticadores
profile-apps-intro = Um código de qualquer um destes aplicativos faz seu login. Dê um nome a cada um para diferenciá-los.
profile-app-main = (principal)
app-create-title = Adicionar um aplicativo autenticador
app-create-intro = Escaneie o código QR com o novo aplicativo, dê um nome a ele e digite o código que ele mostra.
app-create-submit = Adicionar aplicativo
app-name-placeholder = ex.: Tablet
app-setup-restarted = Essa configuração havia expirado. Escaneie este novo código QR e digite um código dele.
device-name-field = Nome
device-rename = Renomear
device-rename-label = Novo nome para { $what }

# Onde você está conectado
session-agent = { $browser } no { $system }
session-agent-unknown-browser = Navegador desconhecido no { $system }
session-agent-unknown = Navegador desconhecido
sessions-title = Onde você está conectado
sessions-intro = Estes navegadores e aplicativos estão conectados à sua conta. O que você desconectar sai na próxima solicitação.
sessions-col-browser = Navegador
sessions-col-address = Rede
sessions-col-began = Conectado em
sessions-col-last-seen = Última atividade
sessions-app = aplicativo
sessions-current = Esta sessão
sessions-revoke = Sair
sessions-revoke-others = Sair de todos os outros lugares
sessions-not-me-title = Não reconhece uma sessão?
sessions-not-me = Desconecte-a (ou saia de todos os outros lugares), depois altere sua senha e verifique seus dispositivos de verificação em duas etapas.
sessions-back = Voltar à segurança da conta
profile-sessions-intro = Veja os navegadores e aplicativos conectados à sua conta e desconecte-os.
profile-sessions-link = Suas sessões
api-no-such-session = Essa sessão não existe.

# Navegadores confiáveis
trusted-title = Navegadores confiáveis
trusted-intro = Nestes navegadores foi escolhido "não perguntar novamente": eles pulam o código no login até a data mostrada. Retire a confiança de um e ele pedirá um código no próximo login.
trusted-col-granted = Confiável desde
trusted-col-expires = Até
trusted-revoke = Deixar de confiar
trusted-revoke-all = Deixar de confiar em todos os navegadores
trusted-none = Nenhum navegador pula o código no login.
api-no-such-grant = Esse navegador confiável não existe.

# Alertas de segurança (e-mails)
alert-new-browser-subject = Novo login em { $site }
alert-new-browser = Alguém entrou na sua conta { $username } em { $site } a partir de um navegador que nunca tinha sido usado com ela.
alert-device-added-subject = Um dispositivo de verificação em duas etapas foi adicionado em { $site }
alert-device-added = { $device } foi adicionado aos dispositivos de verificação em duas etapas da sua conta { $username } em { $site }.
alert-device-removed-subject = Um dispositivo de verificação em duas etapas foi removido em { $site }
alert-device-removed = Um dispositivo foi removido dos dispositivos de verificação em duas etapas da sua conta { $username } em { $site }.
alert-backup-tokens-subject = Novos tokens de backup em { $site }
alert-backup-tokens = Novos tokens de backup foram gerados para sua conta { $username } em { $site }; os antigos não funcionam mais.
alert-disabled-subject = Verificação em duas etapas desativada em { $site }
alert-disabled = A verificação em duas etapas foi desativada para sua conta { $username } em { $site }.
alert-locked-subject = Códigos incorretos em { $site }
alert-locked = Seu { $device } em { $site } recusa códigos por um tempo depois de códigos incorretos. Códigos incorretos seguidos: { $count }.
alert-when = Quando: { $when }
alert-browser = Navegador: { $browser }
alert-network = Rede: { $network }
alert-not-me-link = Se não foi você, saia de todos os lugares aqui e depois altere sua senha: { $url }
alert-not-me-page = Se não foi você, saia de todos os lugares na página "Onde você está conectado" da segurança da sua conta ({ $path }) e depois altere sua senha.
alert-unknown = desconhecido

# Administração: sessões e navegadores confiáveis
admin-sessions = Sessões
admin-no-sessions = Nenhuma sessão ativa.
admin-end-session = Encerrar
admin-end-all-sessions = Encerrar todas as sessões
admin-notice-sessions-ended = Sessões encerradas: { $count }.
admin-notice-untrusted = Navegadores confiáveis removidos: { $count }.
