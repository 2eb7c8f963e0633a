# actix-two-factor: 日本語。
# 用語: トークン、バックアップトークン、認証アプリ、2要素認証。
# 日本語の複数形は一つだけ（CLDR: other）なので、数はそのまま差し込む。

## ページの枠と言語の切り替え

language-name = 日本語

base-account-security = アカウントのセキュリティ
base-log-out = ログアウト
base-log-in = ログイン
base-language = 言語
base-language-submit = 変更

## 共通の語

wizard-cancel = キャンセル
wizard-back = 戻る
wizard-next = 次へ
permission-denied = アクセスが拒否されました
enable-two-factor = 2要素認証を有効にする
disable-two-factor = 2要素認証を無効にする
two-factor-not-enabled = お使いのアカウントでは2要素認証が有効になっていません。アカウントのセキュリティを高めるため、2要素認証を有効にしてください。
back-to-account-security = アカウントのセキュリティに戻る
add-phone-number = 電話番号を追加
backup-tokens-title = バックアップトークン
token-generator = トークン生成アプリが表示したトークンを入力してください。
token-call = ただいまお電話しています。聞こえた数字を入力してください。
token-sms = SMSをお送りしました。届いたトークンを入力してください。
token-email = メールをお送りしました。届いたトークンを入力してください。

## ログイン

login-title = ログイン
login-credentials = ログイン情報を入力してください。
login-backup-intro = このフォームではバックアップトークンでログインします。バックアップトークンは、印刷して安全な場所に保管していただくために発行されたものです。アカウントにログインするには、バックアップトークンを一つ入力してください。
login-submit = ログイン
login-other-methods = または、ほかの認証方法を使ってください:
login-backup-last-resort = 最後の手段として、バックアップトークンを使えます:
login-use-backup-token = バックアップトークンを使う

## 設定

setup-welcome = アカウントのセキュリティを一段階高めましょう。このウィザードの手順に従って2要素認証を有効にしてください。
setup-method = 使用する認証方法を選んでください。
setup-generator-intro = トークン生成アプリを使うには、スマートフォンで下のQRコードを読み取ってください。たとえば Google Authenticator、Aegis、FreeOTP が使えます。
setup-qr-alt = QRコード
setup-manual-key = コードを読み取れない場合は、代わりにこのキーをアプリに入力してください:
setup-on-this-phone = このスマートフォンで設定しますか？
setup-open-in-app = 認証アプリで開く
setup-app-should-show = アプリには発行者「{ $issuer }」と { $digits } 桁のコードが表示されるはずです。
setup-enter-token = 次に、アプリが表示したトークンを入力してください。
setup-sms-intro = SMSを受け取る電話番号を入力してください。この番号は次の手順で確認します。
setup-call-intro = 電話を受ける電話番号を入力してください。この番号は次の手順で確認します。
setup-email-intro = トークンを受け取るメールアドレスを入力してください。このアドレスは次の手順で確認します。
complete-congratulations = おめでとうございます。2要素認証を有効にしました。
complete-add-phone-hint = ただし、メインのトークン端末が使えなくなることもあります。アカウントを復旧できるように、電話番号を追加してください。

## 2要素認証が必要

otp-required-enforced = 要求されたページは、セキュリティ上の理由から2要素認証による確認を求めています。このページを開くには、このセキュリティ機能を有効にする必要があります。
otp-required-go-back = 前のページに戻る

## バックアップ用の電話

phone-title = バックアップ用の電話を追加
phone-setup-intro = アカウントにバックアップ用の電話番号を追加します。メインの認証方法が使えないときにこの番号を使います。
phone-validation-intro = お使いの電話番号にトークンを送りました。受け取ったトークンを入力してください。

## 本人の再確認

reauth-title = ご本人の確認
reauth-intro = この操作はアカウントの保護方法を変更します。続けるにはパスワードを入力してください。
reauth-intro-token = この操作はアカウントの保護方法を変更します。続けるにはパスワードとトークン（{ $device }）を入力してください。
reauth-confirm = 確認

## バックアップトークン

backup-tokens-intro = バックアップトークンは、メインの電話番号もバックアップ用の電話番号も使えないときに使います。下のバックアップトークンでログインを確認できます。すべて使い切った場合は、新しいバックアップトークンを発行できます。有効なのは下に表示されたバックアップトークンだけです。
backup-tokens-print = これらのトークンを印刷して安全な場所に保管してください。表示されるのは今回だけです。
backup-tokens-unused = 未使用のバックアップトークンが { $count } 個あります。安全のため再表示はできません。なくした場合は新しく発行してください。
backup-tokens-none = バックアップトークンはまだありません。
backup-tokens-generate = トークンを発行

## アカウントのセキュリティ

profile-title = アカウントのセキュリティ
profile-generator = トークンはトークン生成アプリで作られます。
profile-primary-method = メインの認証方法: { $method }。
profile-backup-phones = バックアップ用の電話番号
profile-backup-phones-intro = メインの認証方法が使えないときは、下の電話番号にバックアップトークンを送れます。
profile-unregister = 登録を解除
profile-backup-tokens-intro = 端末が手元にないときは、バックアップトークンでアカウントにアクセスできます。
profile-backup-tokens-remaining = バックアップトークンは残り { $count } 個です。
profile-no-backup-tokens = バックアップトークンが残っていません。
profile-no-backup-tokens-advice = 端末をなくすとログインできなくなります。新しいトークンを発行して安全な場所に保管してください。
profile-few-backup-tokens = バックアップトークンは残り { $count } 個だけです。
profile-few-backup-tokens-advice = なくなる前に新しいトークンを発行してください。
profile-show-codes = コードを表示
profile-disable-intro = おすすめはしませんが、アカウントの2要素認証を無効にすることもできます。
disable-title = 2要素認証を無効にする
disable-intro = 2要素認証を無効にしようとしています。アカウントのセキュリティが弱くなります。よろしいですか？
disable-submit = 無効にする

## コードのメール

email-subject = 認証トークン
email-hello = { $username } 様
email-code-intro = { $site } の確認コードは次のとおりです:
email-validity = 有効期間は { $minutes } 分で、一度だけ使えます。ログインしようとしていない場合は、このメールを無視してかまいません。ただし、誰かがパスワードを知っているおそれがあるため、変更をご検討ください。

## SMSと音声通話

sms-token = あなたのトークンは { $token } です
voice-token = あなたのトークンは { $token } です。
voice-token-again = もう一度言います。あなたのトークンは { $token } です。

## バックアップトークン使用の通知

alert-subject = バックアップトークンが使われました
alert-body = { $username } 様

    { $site } でバックアップ用の端末による本人確認が行われました。お心当たりがない場合、アカウントが不正に利用されたおそれがあります。すぐにパスワードを変更し、バックアップ用の電話番号を確認し、新しいバックアップトークンを発行してください。

## 管理画面

admin-title = 2要素認証の管理
admin-forbidden = { $username } としてログインしていますが、このページへのアクセス権がありません。別のアカウントでログインしますか？
admin-forbidden-login = 別のアカウントでログイン
admin-users = ユーザー
admin-find-label = ユーザー名でユーザーを検索
admin-find = 検索
admin-no-user-named = 「{ $username }」というユーザーはいません。
admin-cannot-list = このサイトのユーザーストアはユーザーを一覧にできません。ユーザー名で検索してください。
admin-col-username = ユーザー名
admin-col-email = メール
admin-col-two-factor = 2要素
admin-col-staff = スタッフ
admin-col-active = 有効
admin-superuser-note = （スーパーユーザー）
admin-enabled = 有効
admin-disabled = 無効
admin-yes = はい
admin-no = いいえ
admin-showing = { $total } 人中 { $shown } 人を表示しています。ほかのユーザーはユーザー名で検索してください。
admin-no-users = ユーザーはまだいません。
admin-role-superuser = スーパーユーザー
admin-role-staff = スタッフ
admin-role-not-staff = スタッフ以外
admin-state-active = 有効
admin-state-inactive = 無効
admin-user-two-factor = 2要素認証
admin-devices = 端末
admin-col-device = 端末
admin-col-name = 名前
admin-col-id = 識別子
admin-col-failures = 失敗回数
admin-col-actions = 操作
admin-verified-your-session = （あなたのセッションを確認した端末）
admin-reset-failures = 失敗回数をリセット
admin-remove = 削除
admin-no-devices = 端末はありません。
admin-backup-tokens = バックアップトークン
admin-backup-tokens-remaining = バックアップトークンは残り { $count } 個です。
admin-remove-backup-tokens = バックアップトークンを削除
admin-failed-attempts = 失敗 { $count } 回
admin-reset-backup-failures = バックアップトークンの失敗回数をリセット
admin-backup-phones = バックアップ用の電話
admin-no-backup-phones = バックアップ用の電話はありません。
admin-audit-reauth = 前回の確認から { $minutes } 分以上たっている場合、このページでの変更のたびにパスワード（とトークン）の確認を求めます。変更はすべて監査ログに記録されます。
admin-audit = このページでの変更はすべて監査ログに記録されます。
admin-reset-two-factor = 2要素認証をリセット
admin-reset-intro = 端末をなくしたユーザー向け: すべての端末とバックアップトークンを削除します。ユーザーはパスワードだけでログインし、2要素認証を設定し直します。
admin-notice-removed = { $device }（{ $id }）を削除しました。
admin-notice-failures-reset = { $device }（{ $id }）の失敗回数をリセットしました。
admin-notice-reset = { $username } の2要素認証をリセットしました。

## フォームの項目とメッセージ

field-username = ユーザー名
field-password = パスワード
field-token = トークン
field-method = 認証方法
field-phone-number = 電話番号
field-phone-help = 国番号を含め、+ または 00 から始めてください。
field-email = メールアドレス
field-understand = はい、無効にします
method-generator = トークン生成アプリ
method-sms = SMS
method-call = 音声通話
method-email = メール
form-required = この項目は必須です。
form-invalid-token = トークンが正しくありません。正しく入力したか確認してください。
form-invalid-setup-token = 入力したトークンは正しくありません。
form-invalid-login = 正しいユーザー名とパスワードを入力してください。どちらも大文字と小文字が区別されることがあります。
form-timed-out = セッションの有効期限が切れました。もう一度ログインしてください。
form-wrong-password = パスワードが正しくありません。もう一度入力してください。
form-invalid-email = 正しいメールアドレスを入力してください。
form-invalid-phone = 国番号を含む正しい電話番号を、+ または 00 から入力してください。

## 端末の表示名

device-generator = 認証アプリ
device-backup-tokens = バックアップトークン
device-sms = { $target } へのSMS
device-call = { $target } への音声通話
device-email = { $target } へのメール

## 制限、期限切れ、コードの送信

throttle-device = { $count } 回失敗したため、確認を一時的に停止しています。しばらくしてからもう一度お試しください。
throttle-network = お使いのネットワークからの失敗が多すぎます。{ $seconds } 秒後にもう一度お試しください。
throttle-account = 失敗が多すぎます。{ $seconds } 秒後にもう一度お試しください。
throttle-reauth-logged-out = パスワードの確認に何度も失敗したため、ログアウトしました。もう一度ログインしてください。
delivery-cooldown = 先ほどコードを送りました。そのコードを使うか、{ $seconds } 秒後に新しいコードを要求してください。
delivery-limited-destination = この番号またはアドレスには最近コードを送りすぎました。{ $minutes } 分後にもう一度試すか、別の方法を使ってください。
delivery-limited-user = お使いのアカウントには最近コードを送りすぎました。{ $minutes } 分後にもう一度試すか、別の方法を使ってください。
delivery-failed = 現在コードを送れませんでした。しばらくしてからもう一度試すか、別の方法を使ってください。

## エラーページ

error-title-400 = 不正なリクエスト
error-title-403 = 禁止されています
error-title-404 = 見つかりません
error-title-500 = サーバー内部エラー
error-title-503 = サービスを利用できません
error-unavailable = サービスは一時的に利用できません。何も変更されていません。少したってからもう一度お試しください。
error-unavailable-not-saved = サービスは一時的に利用できません。リクエストは実行された可能性がありますが、セッションを保存できませんでした。もう一度ログインしてください。
error-internal = こちら側で問題が発生しました。
error-csrf = CSRF 検証に失敗したため、リクエストを中止しました。ページを再読み込みして、もう一度フォームを送信してください。
error-not-found = 見つかりません。
error-management-form = ManagementForm のデータがないか、改ざんされています。
error-token-too-long = トークンの入力が長すぎます。

## セキュリティキーとパスキー（WebAuthn）：ログイン、設定、再確認、プロフィール

method-webauthn = セキュリティキーまたはパスキー
token-webauthn = セキュリティキーまたはパスキーを使います。下のボタンを押してから、キーに触れるか、デバイスで確認してください。
reauth-intro-webauthn = この操作はアカウントの保護方法を変更します。続けるにはパスワードを入力し、セキュリティキーで確認してください。
reauth-confirm-webauthn = セキュリティキーで確認
setup-webauthn-intro = セキュリティキー（USB、NFC、Bluetooth）またはデバイスの画面ロックでログインを確認します。必要なら名前を付け、ボタンを押してブラウザーの指示に従ってください。
webauthn-needs-js = セキュリティキーには JavaScript が必要です。
webauthn-needs-js-setup = このサイトで有効にするか、戻って別の方法を選んでください。
webauthn-needs-js-reauth = 続けるには、このサイトで有効にしてください。
webauthn-needs-js-other = このサイトで有効にするか、別の方法を使ってください。
webauthn-needs-js-login = { $alternatives ->
    [token] このサイトで有効にするか、トークンを入力してください。
    [backup] このサイトで有効にするか、バックアップトークンを使ってください。
    [both] このサイトで有効にするか、トークンを入力するか、バックアップトークンを使ってください。
   *[none] このサイトで有効にしてください。
}
webauthn-use-key = セキュリティキーを使う
webauthn-passkey-needs-js = パスキーでのログインには JavaScript が必要です。ユーザー名とパスワードを使ってください。
webauthn-passkey-login = パスキーでログイン
webauthn-register = セキュリティキーを登録
webauthn-profile-title = セキュリティキーとパスキー
webauthn-col-kind = 種類
webauthn-col-added = 追加日時
webauthn-col-last-used = 最終使用日時
webauthn-col-actions = 操作
webauthn-kind-passkey = パスキー
webauthn-kind-security-key = セキュリティキー
webauthn-primary = （メイン）
webauthn-never = 未使用
webauthn-remove = 削除
webauthn-remove-label = { $label } を削除
webauthn-no-keys = セキュリティキーはまだありません。キーやパスキーがあれば、タッチするだけでログインを確認できます。
webauthn-add-title = セキュリティキーを追加
webauthn-add-intro = セキュリティキー（USB、NFC、Bluetooth のキー）またはデバイスの画面ロックでログインを確認できます。パスキーならパスワードなしでもログインできます。デバイスの PIN、指紋、顔認証が必要です。
webauthn-add-needs-js = セキュリティキーの追加には JavaScript が必要です。
webauthn-label-field = 名前
webauthn-label-placeholder = 例：キーホルダーの YubiKey
webauthn-label-apart = あとでキーを見分けられるようにするためです。
webauthn-label-help = 任意。例：「キーホルダーの YubiKey」。
webauthn-add-passkey = パスキーを追加
webauthn-add-key = セキュリティキーを追加
device-webauthn-key = セキュリティキー「{ $label }」
device-labelled = { $what }「{ $label }」
webauthn-synced = 同期済み
webauthn-syncable = 未同期
webauthn-device-bound = デバイスに固定
webauthn-details = { $provider }、{ $sync }
device-webauthn-details = { $description }（{ $details }）
webauthn-add-second = お使いの唯一のセキュリティキーは1台のデバイスに固定されています。紛失するとアカウントにアクセスできなくなります。2つ目のキーかパスキーを追加してください。
device-webauthn-passkey = パスキー「{ $label }」

## セキュリティキーとパスキー：サーバーからのメッセージ

webauthn-press-button = ボタンを押して、ブラウザーの指示に従ってください。
webauthn-use-key-hint = セキュリティキーを使ってください。ボタンを押して、ブラウザーの指示に従ってください。
webauthn-no-ceremony = セキュリティキーの要求は期限切れか、すでに使われています。もう一度お試しください。
webauthn-log-in-first = 先にログインしてください。
webauthn-verify-first = 先に2つ目の要素でログインを確認してください。
webauthn-reauth-first = パスワードをもう一度確認してください（ページを再読み込みしてください）。
webauthn-login-timed-out = ログインの有効期限が切れました。もう一度ログインしてください。
webauthn-label-control = 名前に制御文字は使えません。
webauthn-label-too-long = 名前は { $max } 文字以内にしてください。
webauthn-error-malformed = ブラウザーの応答を読み取れませんでした（{ $part }）。もう一度お試しください。
webauthn-error-key-cbor = セキュリティキーの公開鍵を読み取れませんでした。
webauthn-error-key-unsupported = このセキュリティキーは、このサイトが対応していないアルゴリズムを使っています。
webauthn-error-key-malformed = セキュリティキーの公開鍵の形式が正しくありません。
webauthn-error-challenge-mismatch = この応答は別の要求に対するものです。もう一度お試しください。
webauthn-error-expired = 要求の有効期限が切れました。もう一度お試しください。
webauthn-error-wrong-origin = 応答は別のサイトから来ました（{ $origin }）。
webauthn-error-wrong-rp-id = セキュリティキーは別のサイトに対して応答しました。
webauthn-error-user-not-present = セキュリティキーに触れていません。
webauthn-error-user-not-verified = セキュリティキーで本人確認（PIN または生体認証）ができませんでした。もう一度お試しください。
webauthn-error-bad-signature = セキュリティキーの署名が正しくありません。
webauthn-error-unknown-credential = このセキュリティキーはこのアカウントに登録されていません。
webauthn-error-not-passkey = このキーはこのサイトのパスキーではありません。パスワードでログインしてください。
webauthn-error-passkey-login-disabled = このサイトではパスキーでのログインは無効になっています。
webauthn-error-counter-regression = このセキュリティキーの署名カウンターが戻りました。これはキーが複製されたときに起こります。拒否しましたので、サイトの管理者に連絡してください。
webauthn-error-replayed = この応答はすでに使われています。もう一度お試しください。
webauthn-error-already-registered = このセキュリティキーはすでに登録されています。
webauthn-error-unsupported-attestation = この認証器の構成証明（{ $format }）には対応していません。このサイトが受け付けるのは「none」と「packed」です。
webauthn-error-not-discoverable = この認証器にはパスキーを保存できません。代わりにセキュリティキーとして追加してください。
webauthn-error-wrong-ceremony = この応答は別の手順に対するものです。最初からやり直してください。
webauthn-error-model-not-accepted = この種類の認証器（{ $model }）はこのサイトでは使用できません。
webauthn-error-attestation-required = このサイトは、モデルを証明できる（アテステーション）セキュリティキーのみ受け付けます。
webauthn-error-attestation-untrusted = セキュリティキーのアテステーションを検証できませんでした。
webauthn-error-not-in-metadata = この種類の認証器（{ $model }）は、このサイトの既知のモデル一覧にありません。
webauthn-error-revoked = この種類の認証器（{ $model }）は、メーカーにより失効または侵害が報告されています。
webauthn-origin-not-secure = セキュリティキーとパスキーには安全な接続が必要です。このサイトを HTTPS で開いてください（開発中は http://localhost でも可）。
webauthn-origin-ip-address = セキュリティキーとパスキーには IP アドレスではなくドメイン名が必要です。{ $address } ではなく { $suggestion } でこのサイトを開いてください。
webauthn-origin-bad-host = このページのホスト名はセキュリティキーとパスキーに使えません。
webauthn-origin-outside-rp-id = このページのアドレスは、このサイトのセキュリティキー用ドメイン（{ $rp_id }）に含まれていません。
webauthn-origin-not-allowed = このページのアドレスは、このサイトのセキュリティキー用アドレスに含まれていません。

## セキュリティキーとパスキー：ブラウザースクリプト（webauthn.js）のメッセージ

webauthn-js-unsupported = このブラウザーはセキュリティキーやパスキーに対応していません。別の方法か、最新のブラウザーを使ってください。
webauthn-js-insecure = セキュリティキーとパスキーには安全なアドレスが必要です（HTTPS、または開発中は http://localhost）。
webauthn-js-cancelled = 要求はキャンセルされたか、時間切れになりました。キーやデバイスの準備ができたら、もう一度お試しください。
webauthn-js-aborted = 要求はキャンセルされました。
webauthn-js-exists = このセキュリティキーはすでにあなたのアカウントに登録されています。
webauthn-js-security = このアドレスではセキュリティキーを使えません（WebAuthn には HTTPS または localhost と、IP アドレスではなくドメイン名が必要です）。
webauthn-js-network = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。
webauthn-js-failed = セキュリティキーで問題が発生しました。もう一度お試しください。
webauthn-js-working = ブラウザーの指示に従ってください。セキュリティキーに触れるか、デバイスで確認してください。
api-webauthn-off = このサイトではセキュリティキーが有効になっていません。
api-passkey-off = このサイトではパスキーでのサインインが有効になっていません。

## The JSON API's problem details (`detail`)
api-verification-required = これには2段階目の要素で確認済みのセッションが必要です。
api-no-removable-device = そのようなバックアップ電話、認証アプリ（他のデバイスが残る場合）、追加のセキュリティキーはありません。
api-no-such-device = そのようなデバイスはありません。
api-already-enabled = 2要素認証はすでに有効です（やり直すには先に無効にしてください）。
api-no-totp-setup = 進行中の設定はありません。先に totp_setup を呼び出してください。
api-no-phone-methods = このサイトはSMSも音声通話も送信しません。
api-method-choice = method は次のいずれかでなければなりません: { $methods }。
api-code-not-sent = コードを送信できませんでした。
api-no-phone-setup = コードを待っている電話はありません。先に phone_add を呼び出してください。
api-answer-failed = 応答を作成できませんでした。
api-credentials-required = ユーザー名とパスワードが必要です。
api-no-pending-login = トークンを待っているログインはありません（期限切れか終了しました）。もう一度ログインしてください。
api-no-challenge-device = そのような電話やメールアドレスはありません。
api-password-required = パスワードが必要です。
api-cookie-with-app = アプリのリクエスト（X-Session-Token または X-Client: app）はセッションCookieを送信してはいけません。
api-two-factor-required = このアカウントには2要素認証が必要です。
api-session-expired = セッショントークンが不明か期限切れです。もう一度ログインしてください。
api-middleware-missing = アプリのセッションには two_factor のミドルウェア（TwoFactorMiddleware または OtpMiddleware）が必要です。
api-csrf-header = CSRF検証に失敗しました。`session` のトークンを X-CSRFToken ヘッダーで送信してください。
api-log-in = ログインしてください。
api-reauthenticate = 先にパスワードを確認してください（reauthenticate）。
api-body-too-large = 本文がAPIの受け付ける大きさ（16 KiB）を超えています。
api-body-unreadable = 本文を読み取れませんでした。
api-token-too-long = トークンが長すぎます。
api-method-not-allowed = このパスはこのメソッドを受け付けません。
api-no-operation = このパスにAPIの操作はありません。
api-csrf = CSRF検証に失敗しました。
api-not-found = 見つかりません。
api-overloaded = 同時にログインが多すぎます。少し待ってからもう一度お試しください。
api-unavailable = サービスは一時的に利用できません。しばらくしてからもう一度お試しください。
api-body-mismatch = JSON本文が合いません: { $error }。
api-body-not-object = 本文はJSONオブジェクトでなければなりません。

# 複数の認証アプリ、名前付きデバイス
profile-apps = 認証アプリ
profile-apps-intro = これらのどのアプリのコードでもログインできます。区別できるようにそれぞれに名前を付けてください。
profile-app-main = （メイン）
app-create-title = 認証アプリを追加
app-create-intro = 新しいアプリで QR コードを読み取り、名前を付けて、表示されたコードを入力してください。
app-create-submit = アプリを追加
app-name-placeholder = 例: タブレット
app-setup-restarted = その設定は期限切れでした。この新しい QR コードを読み取り、そのコードを入力してください。
device-name-field = 名前
device-rename = 名前を変更
device-rename-label = { $what } の新しい名前

# サインイン中の場所
session-agent = { $system } の { $browser }
session-agent-unknown-browser = { $system } の不明なブラウザー
session-agent-unknown = 不明なブラウザー
sessions-title = サインイン中の場所
sessions-intro = これらのブラウザーとアプリがアカウントにサインインしています。サインアウトしたセッションは次のリクエストで終了します。
sessions-col-browser = ブラウザー
sessions-col-address = ネットワーク
sessions-col-began = サインイン
sessions-col-last-seen = 最終アクティビティ
sessions-app = アプリ
sessions-current = このセッション
sessions-revoke = サインアウト
sessions-revoke-others = 他のすべての場所からサインアウト
sessions-not-me-title = 見覚えのないセッションがありますか？
sessions-not-me = そのセッションをサインアウト（または他のすべての場所からサインアウト）してから、パスワードを変更し、二要素認証のデバイスを確認してください。
sessions-back = アカウントのセキュリティに戻る
profile-sessions-intro = アカウントにサインインしているブラウザーとアプリを確認し、サインアウトできます。
profile-sessions-link = セッション一覧
api-no-such-session = そのようなセッションはありません。

# 信頼済みブラウザー
trusted-title = 信頼済みブラウザー
trusted-intro = これらのブラウザーでは「次回から確認しない」が選ばれています。表示された日付まで、ログイン時のコード入力を省略します。信頼を取り消すと、次回のログインでコードを求めます。
trusted-col-granted = 信頼した日時
trusted-col-expires = 有効期限
trusted-revoke = 信頼を取り消す
trusted-revoke-all = すべてのブラウザーの信頼を取り消す
trusted-none = ログイン時にコード入力を省略するブラウザーはありません。
api-no-such-grant = そのような信頼済みブラウザーはありません。

# セキュリティ通知（メール）
alert-new-browser-subject = { $site } への新しいサインイン
alert-new-browser = { $site } のアカウント { $username } に、これまで使われたことのないブラウザーからサインインがありました。
alert-device-added-subject = { $site } で二要素認証のデバイスが追加されました
alert-device-added = { $site } のアカウント { $username } の二要素認証デバイスに { $device } が追加されました。
alert-device-removed-subject = { $site } で二要素認証のデバイスが削除されました
alert-device-removed = { $site } のアカウント { $username } の二要素認証デバイスから、デバイスが 1 つ削除されました。
alert-backup-tokens-subject = { $site } の新しいバックアップトークン
alert-backup-tokens = { $site } のアカウント { $username } に新しいバックアップトークンが作成されました。以前のトークンは使えなくなりました。
alert-disabled-subject = { $site } で二要素認証がオフになりました
alert-disabled = { $site } のアカウント { $username } の二要素認証がオフになりました。
alert-locked-subject = { $site } での誤ったコード
alert-locked = { $site } の { $device } は、誤ったコードの後しばらくコードを受け付けません。連続した誤ったコード: { $count }。
alert-when = 日時: { $when }
alert-browser = ブラウザー: { $browser }
alert-network = ネットワーク: { $network }
alert-not-me-link = 心当たりがない場合は、こちらですべての場所からサインアウトしてから、パスワードを変更してください: { $url }
alert-not-me-page = 心当たりがない場合は、アカウントのセキュリティの「サインイン中の場所」ページ（{ $path }）ですべての場所からサインアウトしてから、パスワードを変更してください。
alert-unknown = 不明

# 管理: セッションと信頼済みブラウザー
admin-sessions = セッション
admin-no-sessions = 有効なセッションはありません。
admin-end-session = 終了
admin-end-all-sessions = すべてのセッションを終了
admin-notice-sessions-ended = 終了したセッション: { $count }。
admin-notice-untrusted = 信頼を取り消したブラウザー: { $count }。
