<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
    <context>
        <name>ActivationSheet</name>
        <message>
            <source>SIMULATION</source>
            <translation>シミュレーション</translation>
        </message>
        <message>
            <source>ESU activation sheet</source>
            <translation>ESU ライセンス認証シート</translation>
        </message>
        <message>
            <source>Simulation: for training only, not a real Windows activation.</source>
            <translation>シミュレーション: トレーニング専用です。実際の Windows のライセンス認証ではありません。</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Operating system</source>
            <translation>オペレーティング システム</translation>
        </message>
        <message>
            <source>Program and year</source>
            <translation>プログラムと年</translation>
        </message>
        <message>
            <source>Activation ID</source>
            <translation>ライセンス認証 ID</translation>
        </message>
        <message>
            <source>Partial product key</source>
            <translation>部分プロダクト キー</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(なし)</translation>
        </message>
        <message>
            <source>Installation ID (read this to the activation line)</source>
            <translation>インストール ID (ライセンス認証窓口に読み上げてください)</translation>
        </message>
        <message>
            <source>Confirmation ID (write each group of six digits in its box)</source>
            <translation>確認 ID (6 桁ずつ各グループの枠に記入してください)</translation>
        </message>
        <message>
            <source>Back at the machine, type the confirmation ID group by group into Activation Desk; each group is checked as it is typed.</source>
            <translation>マシンに戻ったら、確認 ID をグループごとに Activation Desk に入力してください。各グループは入力と同時にチェックされます。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>Activation line</source>
            <translation>ライセンス認証窓口</translation>
        </message>
    </context>
    <context>
        <name>ArgumentText</name>
        <message>
            <source>%1 is %2 bytes long; at most %3 bytes (UTF-8) are allowed</source>
            <translation>%1 の長さは %2 バイトです。使えるのは最大 %3 バイト (UTF-8) です</translation>
        </message>
        <message>
            <source>%1 holds the control or invisible character %2, which is not allowed</source>
            <translation>%1 に制御文字または見えない文字 %2 が含まれています。この文字は使えません</translation>
        </message>
        <message>
            <source>%1 is not valid text</source>
            <translation>%1 は有効なテキストではありません</translation>
        </message>
        <message>
            <source>%1 looks like a product key. A product key is never written into a name or a reason: give it where a key is asked for</source>
            <translation>%1 はプロダクト キーのように見えます。プロダクト キーは名前や理由には書き込めません。キーを入力する場所で指定してください</translation>
        </message>
    </context>
    <context>
        <name>CatalogText</name>
        <message>
            <source>Windows 7 SP1 ESU</source>
            <translation>Windows 7 SP1 ESU</translation>
        </message>
        <message>
            <source>Windows Server 2008 / 2008 R2 ESU</source>
            <translation>Windows Server 2008 / 2008 R2 ESU</translation>
        </message>
        <message>
            <source>Windows Server 2012 / 2012 R2 ESU</source>
            <translation>Windows Server 2012 / 2012 R2 ESU</translation>
        </message>
        <message>
            <source>Windows 10 ESU</source>
            <translation>Windows 10 ESU</translation>
        </message>
        <message>
            <source>%1, Year %2</source>
            <translation>%1 (%2 年目)</translation>
        </message>
        <message>
            <source>Windows 7 SP1</source>
            <translation>Windows 7 SP1</translation>
        </message>
        <message>
            <source>Windows Server 2008 SP2</source>
            <translation>Windows Server 2008 SP2</translation>
        </message>
        <message>
            <source>Windows Server 2008 R2 SP1</source>
            <translation>Windows Server 2008 R2 SP1</translation>
        </message>
        <message>
            <source>Windows Server 2012</source>
            <translation>Windows Server 2012</translation>
        </message>
        <message>
            <source>Windows Server 2012 R2</source>
            <translation>Windows Server 2012 R2</translation>
        </message>
        <message>
            <source>Windows 10 22H2</source>
            <translation>Windows 10 22H2</translation>
        </message>
        <message>
            <source>Unknown Windows version</source>
            <translation>不明な Windows バージョン</translation>
        </message>
        <message>
            <source>official (Microsoft)</source>
            <translation>公式 (マイクロソフト)</translation>
        </message>
        <message>
            <source>community sources</source>
            <translation>コミュニティ情報</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>unknown backend "%1" (use simulated or windows)</source>
            <translation>不明なバックエンド "%1" です (simulated または windows を指定してください)</translation>
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation>不明なコマンド "%1" です</translation>
        </message>
        <message>
            <source>actdesk: %1</source>
            <translation>actdesk: %1</translation>
        </message>
        <message>
            <source>Run "actdesk help" for the list of commands.</source>
            <translation>コマンドの一覧は "actdesk help" で表示できます。</translation>
        </message>
        <message>
            <source>SIMULATION: simulated machine, not a real Windows activation.</source>
            <translation>シミュレーション: 模擬マシンです。実際の Windows のライセンス認証ではありません。</translation>
        </message>
        <message>
            <source>Set up a simulated machine first: actdesk simulate init --os win7</source>
            <translation>先に模擬マシンを準備してください: actdesk simulate init --os win7</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation>不明なオプション %1 です</translation>
        </message>
        <message>
            <source>"%1" is neither a program/year from the catalog (see "actdesk programs") nor an activation ID: %2</source>
            <translation>"%1" はカタログのプログラム/年 ("actdesk programs" を参照) でもライセンス認証 ID でもありません: %2</translation>
        </message>
        <message>
            <source>unknown OS "%1" (use win7, win2008, win2008r2, win2012, win2012r2 or win10)</source>
            <translation>不明な OS "%1" です (win7、win2008、win2008r2、win2012、win2012r2、win10 のいずれかを指定してください)</translation>
        </message>
        <message>
            <source>status takes at most one activation ID or "all"</source>
            <translation>status に指定できるのはライセンス認証 ID 1 つか "all" だけです</translation>
        </message>
        <message>
            <source>Machine: %1 (%2)</source>
            <translation>マシン: %1 (%2)</translation>
        </message>
        <message>
            <source>No ESU product is present. Install the prerequisite updates first:</source>
            <translation>ESU 製品がありません。先に前提条件の更新プログラムをインストールしてください:</translation>
        </message>
        <message>
            <source>partial key %1</source>
            <translation>部分プロダクト キー %1</translation>
        </message>
        <message>
            <source>install-key needs exactly one product key</source>
            <translation>install-key にはプロダクト キーを 1 つだけ指定してください</translation>
        </message>
        <message>
            <source>Installed product key XXXXX-XXXXX-XXXXX-XXXXX-%1 for %2.</source>
            <translation>プロダクト キー XXXXX-XXXXX-XXXXX-XXXXX-%1 を %2 にインストールしました。</translation>
        </message>
        <message>
            <source>iid needs the activation ID or program/year (for example win7-esu-y1)</source>
            <translation>iid にはライセンス認証 ID またはプログラム/年 (例: win7-esu-y1) を指定してください</translation>
        </message>
        <message>
            <source>Installation ID for %1:</source>
            <translation>%1 のインストール ID:</translation>
        </message>
        <message>
            <source>apply needs the confirmation ID and the activation ID</source>
            <translation>apply には確認 ID とライセンス認証 ID を指定してください</translation>
        </message>
        <message>
            <source>Confirmation ID deposited for %1. License status: %2</source>
            <translation>%1 の確認 ID を登録しました。ライセンスの状態: %2</translation>
        </message>
        <message>
            <source>check needs an installation ID or a confirmation ID</source>
            <translation>check にはインストール ID または確認 ID を指定してください</translation>
        </message>
        <message>
            <source>%1 digits found: an installation ID has 63 or 54 digits, a confirmation ID 48.</source>
            <translation>%1 桁の数字が見つかりました。インストール ID は 63 桁または 54 桁、確認 ID は 48 桁です。</translation>
        </message>
        <message>
            <source>Valid confirmation ID: %1</source>
            <translation>有効な確認 ID です: %1</translation>
        </message>
        <message>
            <source>Valid installation ID (%1 digits): %2</source>
            <translation>有効なインストール ID です (%1 桁): %2</translation>
        </message>
        <message>
            <source>--name needs a machine name</source>
            <translation>--name にはマシン名を指定してください</translation>
        </message>
        <message>
            <source>--iid-length must be 54 or 63</source>
            <translation>--iid-length には 54 または 63 を指定してください</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>予期しない引数 "%1" です</translation>
        </message>
        <message>
            <source>Simulated machine %1 (%2) created in %3.</source>
            <translation>模擬マシン %1 (%2) を %3 に作成しました。</translation>
        </message>
        <message>
            <source>The ESU prerequisite updates are missing: installing an ESU key will fail with 0xC004F050.</source>
            <translation>ESU の前提条件の更新プログラムがありません。ESU キーのインストールは 0xC004F050 で失敗します。</translation>
        </message>
        <message>
            <source>simulate cid needs an installation ID</source>
            <translation>simulate cid にはインストール ID を指定してください</translation>
        </message>
        <message>
            <source>SIMULATED activation centre: this confirmation ID works only on a simulated machine.</source>
            <translation>模擬ライセンス認証窓口: この確認 ID は模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>sheet needs the PDF file to write</source>
            <translation>sheet には書き込む PDF ファイルを指定してください</translation>
        </message>
        <message>
            <source>No ESU year on this machine is waiting for activation: install its product key first.</source>
            <translation>このマシンにはライセンス認証を待っている ESU の年がありません。先にプロダクト キーをインストールしてください。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n activation sheet(s) to %1.</source>
            <translation>
                <numerusform>%n 枚のライセンス認証シートを %1 に書き込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>qr needs an installation ID and --png FILE</source>
            <translation>qr にはインストール ID と --png FILE を指定してください</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 に書き込めません: %2</translation>
        </message>
        <message>
            <source>Wrote the QR code of %1 to %2.</source>
            <translation>%1 の QR コードを %2 に書き込みました。</translation>
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation>actdesk: 警告: %1</translation>
        </message>
        <message>
            <source>succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>invalid input</source>
            <translation>入力エラー</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>日時 (UTC)</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>Partial key</source>
            <translation>部分キー</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation>確認 ID</translation>
        </message>
        <message>
            <source>--outcome takes succeeded or failed, not "%1"</source>
            <translation>--outcome には succeeded か failed を指定してください ("%1" は使えません)</translation>
        </message>
        <message>
            <source>%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not "%2"</source>
            <translation>%1 には日付 (YYYY-MM-DD) か ISO 8601 形式の日時を指定してください ("%2" は使えません)</translation>
        </message>
        <message>
            <source>--limit takes a number, not "%1"</source>
            <translation>--limit には数値を指定してください ("%1" は使えません)</translation>
        </message>
        <message>
            <source>choose either --csv or --json</source>
            <translation>--csv と --json のどちらか一方を指定してください</translation>
        </message>
        <message numerus="yes">
            <source>%n entries in %1</source>
            <translation>
                <numerusform>%1 に %n 件のエントリ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has no item waiting for a confirmation ID.</source>
            <translation>%1 には確認 ID を待っている項目がありません。</translation>
        </message>
        <message>
            <source>the QR code could not be made</source>
            <translation>QR コードを作成できませんでした</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) did not succeed; each one says why.</source>
            <translation>
                <numerusform>%n 件の項目が成功しませんでした。理由は各項目に示されています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskOnline</name>
        <message>
            <source>--endpoint must be an https address, or http to a loopback address (127.0.0.1, ::1, localhost)</source>
            <translation>--endpoint には https のアドレス、または loopback アドレス (127.0.0.1、::1、localhost) への http を指定してください</translation>
        </message>
        <message>
            <source>--proxy must be http://HOST:PORT or socks5://HOST:PORT, without a user name (ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD give it)</source>
            <translation>--proxy には http://HOST:PORT または socks5://HOST:PORT をユーザー名なしで指定してください (ユーザー名は ACTDESK_PROXY_USER と ACTDESK_PROXY_PASSWORD で渡します)</translation>
        </message>
        <message>
            <source>--ca-file must name a PEM file with at least one certificate</source>
            <translation>--ca-file には証明書を 1 つ以上含む PEM ファイルを指定してください</translation>
        </message>
        <message>
            <source>--limit must be a number from 1 to 16</source>
            <translation>--limit には 1 から 16 の数を指定してください</translation>
        </message>
        <message>
            <source>desk online needs at least one transfer file</source>
            <translation>desk online には転送ファイルが 1 つ以上必要です</translation>
        </message>
        <message>
            <source>reuse the confirmation ID in the journal</source>
            <translation>ジャーナルの確認 ID を再利用</translation>
        </message>
        <message>
            <source>simulated machine: not sent to Microsoft</source>
            <translation>模擬マシン: Microsoft には送りません</translation>
        </message>
        <message>
            <source>send to %1</source>
            <translation>%1 に送信</translation>
        </message>
        <message>
            <source>Item %1 (%2): %3</source>
            <translation>項目 %1 (%2): %3</translation>
        </message>
        <message numerus="yes">
            <source>Dry run: %n request(s) would be sent; nothing was sent or changed.</source>
            <translation>
                <numerusform>ドライ ラン: %n 件の要求を送信する予定です。何も送信・変更していません。</numerusform>
            </translation>
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left, and this batch asks for %3: the items beyond that will fail with 0x7F.</source>
            <translation>拡張 PID %1 の MAK の残りライセンス認証回数は %2 回で、今回は %3 件を要求します。超えた分の項目は 0x7F で失敗します。</translation>
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation>actdesk: 警告: %1</translation>
        </message>
        <message>
            <source>actdesk: %1</source>
            <translation>actdesk: %1</translation>
        </message>
        <message>
            <source>This request comes from a simulated machine: it is never sent to Microsoft. Answer it with "actdesk desk simulate".</source>
            <translation>この要求は模擬マシンからのものなので、Microsoft には送りません。"actdesk desk simulate" で回答してください。</translation>
        </message>
        <message>
            <source>Item %1 (%2): confirmation ID %3</source>
            <translation>項目 %1 (%2): 確認 ID %3</translation>
        </message>
        <message>
            <source>Item %1 (%2): confirmation ID %3, reused from the journal (no MAK activation spent)</source>
            <translation>項目 %1 (%2): 確認 ID %3 (ジャーナルから再利用。MAK のライセンス認証回数は使っていません)</translation>
        </message>
        <message>
            <source>%1 answered online, %2 from the journal, %3 failed, %4 not answered.</source>
            <translation>オンラインで回答 %1 件、ジャーナルから %2 件、失敗 %3 件、未回答 %4 件。</translation>
        </message>
        <message>
            <source>desk remaining needs one extended PID (as `actdesk desk list` shows it)</source>
            <translation>desk remaining には拡張 PID を 1 つ指定してください (`actdesk desk list` に表示されるもの)</translation>
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left.</source>
            <translation>拡張 PID %1 の MAK の残りライセンス認証回数は %2 回です。</translation>
        </message>
    </context>
    <context>
        <name>ElevatedRestart</name>
        <message>
            <source>the administrator prompt was declined.</source>
            <translation>管理者の確認画面で拒否されました。</translation>
        </message>
        <message>
            <source>Windows could not start it (%1).</source>
            <translation>Windows が起動できませんでした (%1)。</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>confirmation ID</source>
            <translation>確認 ID</translation>
        </message>
        <message>
            <source>product key</source>
            <translation>プロダクト キー</translation>
        </message>
        <message>
            <source>activation ID</source>
            <translation>ライセンス認証 ID</translation>
        </message>
        <message>
            <source>An activation ID uses only 0-9, a-f and hyphens, optionally in braces.</source>
            <translation>ライセンス認証 ID に使える文字は 0-9、a-f とハイフンだけです (中かっこで囲んでもかまいません)。</translation>
        </message>
        <message>
            <source>Only digits, spaces and hyphens are allowed.</source>
            <translation>使えるのは数字、スペース、ハイフンだけです。</translation>
        </message>
        <message>
            <source>The %1 is empty.</source>
            <translation>%1 が入力されていません。</translation>
        </message>
        <message>
            <source>The %1 is not readable text (it is not UTF-8).</source>
            <translation>%1 を文字として読み取れません (UTF-8 ではありません)。</translation>
        </message>
        <message>
            <source>Group %1 of the %2 contains "%3". %4</source>
            <translation>%2 のグループ %1 に "%3" が含まれています。%4</translation>
        </message>
        <message>
            <source>The %1 contains "%2" at position %3. %4</source>
            <translation>%1 の %3 文字目に "%2" が含まれています。%4</translation>
        </message>
        <message>
            <source>Group %1 of the %2 has %3 digits; it needs %4.</source>
            <translation>%2 のグループ %1 は %3 桁です。%4 桁必要です。</translation>
        </message>
        <message>
            <source>The product key has %1 characters; it needs 25 (five groups of five).</source>
            <translation>プロダクト キーは %1 文字です。25 文字 (5 文字 × 5 グループ) 必要です。</translation>
        </message>
        <message>
            <source>The activation ID has %1 hexadecimal digits; it needs 32.</source>
            <translation>ライセンス認証 ID は 16 進数 %1 桁です。32 桁必要です。</translation>
        </message>
        <message>
            <source>The confirmation ID has %1 digits; it needs 48 (eight groups A-H of six).</source>
            <translation>確認 ID は %1 桁です。48 桁 (6 桁 × A～H の 8 グループ) 必要です。</translation>
        </message>
        <message>
            <source>The installation ID has %1 digits; it needs 63 (nine groups of seven) or 54 (nine groups of six).</source>
            <translation>インストール ID は %1 桁です。63 桁 (7 桁 × 9 グループ) または 54 桁 (6 桁 × 9 グループ) 必要です。</translation>
        </message>
        <message>
            <source>Group %1 of the %2 is not complete: %3 of %4 digits.</source>
            <translation>%2 のグループ %1 の入力が完了していません: %4 桁中 %3 桁。</translation>
        </message>
        <message>
            <source>The product key contains the letter N more than once (again at position %1).</source>
            <translation>プロダクト キーに N が 2 回以上含まれています (%1 文字目)。</translation>
        </message>
        <message>
            <source>Run Activation Desk as an administrator (elevated) and try again.</source>
            <translation>Activation Desk を管理者として (管理者特権で) 実行し、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Check the key. For an ESU key, install the prerequisite updates listed for this machine (including the ESU licensing preparation package), restart, and try again.</source>
            <translation>キーを確認してください。ESU キーの場合は、このマシンに必要な前提条件の更新プログラム (ESU ライセンス準備パッケージを含む) をインストールし、再起動してからもう一度お試しください。</translation>
        </message>
        <message>
            <source>Check the product key for typing mistakes.</source>
            <translation>プロダクト キーに入力ミスがないか確認してください。</translation>
        </message>
        <message>
            <source>This key is blocked. Contact your Microsoft licensing partner for a new key.</source>
            <translation>このキーはブロックされています。マイクロソフトのライセンス パートナーに新しいキーを依頼してください。</translation>
        </message>
        <message>
            <source>Install the ESU product key for this year first.</source>
            <translation>先にこの年の ESU プロダクト キーをインストールしてください。</translation>
        </message>
        <message>
            <source>This ESU year is not present on the machine. Check the activation ID, and install the prerequisite updates if no ESU year is listed.</source>
            <translation>この年の ESU はこのマシンにありません。ライセンス認証 ID を確認してください。ESU の年が 1 つも表示されない場合は、前提条件の更新プログラムをインストールしてください。</translation>
        </message>
        <message>
            <source>Check the confirmation ID group by group and enter it again.</source>
            <translation>確認 ID をグループごとに確認し、もう一度入力してください。</translation>
        </message>
        <message>
            <source>This confirmation ID belongs to a different installation ID. Generate the installation ID again and obtain a new confirmation ID for it.</source>
            <translation>この確認 ID は別のインストール ID に対応しています。インストール ID をもう一度生成し、そのための確認 ID を新たに取得してください。</translation>
        </message>
        <message>
            <source>The hardware changed since the installation ID was generated. Generate a new installation ID and obtain a new confirmation ID.</source>
            <translation>インストール ID の生成後にハードウェアが変更されました。新しいインストール ID を生成し、新しい確認 ID を取得してください。</translation>
        </message>
        <message>
            <source>Wait a moment and try again.</source>
            <translation>しばらく待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The licensing service cannot be used. See the details below.</source>
            <translation>ライセンス サービスを使用できません。以下の詳細を確認してください。</translation>
        </message>
        <message>
            <source>Note the code and look it up with "slui.exe 0x2a %1" on the machine.</source>
            <translation>このコードを控え、マシン上で "slui.exe 0x2a %1" を実行して内容を確認してください。</translation>
        </message>
        <message>
            <source>Access denied: this step needs administrator rights.</source>
            <translation>アクセスが拒否されました: この手順には管理者権限が必要です。</translation>
        </message>
        <message>
            <source>The licensing service rejected a value as invalid.</source>
            <translation>ライセンス サービスが無効な値として拒否しました。</translation>
        </message>
        <message>
            <source>The licence status could not be read.</source>
            <translation>ライセンスの状態を読み取れませんでした。</translation>
        </message>
        <message>
            <source>The product key is invalid or cannot be used on this machine.</source>
            <translation>プロダクト キーが無効か、このマシンでは使用できません。</translation>
        </message>
        <message>
            <source>The product key is blocked.</source>
            <translation>プロダクト キーはブロックされています。</translation>
        </message>
        <message>
            <source>The licensing service has no such value.</source>
            <translation>ライセンス サービスにその値はありません。</translation>
        </message>
        <message>
            <source>No product key is installed for this ESU year.</source>
            <translation>この年の ESU のプロダクト キーがインストールされていません。</translation>
        </message>
        <message>
            <source>The ESU product (activation ID) was not found on this machine.</source>
            <translation>このマシンに ESU 製品 (ライセンス認証 ID) が見つかりません。</translation>
        </message>
        <message>
            <source>The confirmation ID is invalid.</source>
            <translation>確認 ID が無効です。</translation>
        </message>
        <message>
            <source>The confirmation ID has the wrong format or length.</source>
            <translation>確認 ID の形式または長さが正しくありません。</translation>
        </message>
        <message>
            <source>The installation ID and the confirmation ID do not match.</source>
            <translation>インストール ID と確認 ID が一致しません。</translation>
        </message>
        <message>
            <source>The confirmation ID is not bound to this machine.</source>
            <translation>確認 ID はこのマシンに対応していません。</translation>
        </message>
        <message>
            <source>The confirmation ID could not be saved.</source>
            <translation>確認 ID を保存できませんでした。</translation>
        </message>
        <message>
            <source>The licensing service is stopping.</source>
            <translation>ライセンス サービスが停止しようとしています。</translation>
        </message>
        <message>
            <source>Another activation is in progress.</source>
            <translation>別のライセンス認証が進行中です。</translation>
        </message>
        <message>
            <source>The licensing backend is not available.</source>
            <translation>ライセンス バックエンドを使用できません。</translation>
        </message>
        <message>
            <source>The licensing service reported an error.</source>
            <translation>ライセンス サービスがエラーを報告しました。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1(%2)</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>詳細: %1</translation>
        </message>
        <message>
            <source>Complete the step "%1" first.</source>
            <translation>先に「%1」の手順を完了してください。</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1 の %2 行目</translation>
        </message>
        <message>
            <source>Catalog %1: the line cannot be read (%2).</source>
            <translation>カタログ %1: この行を読み取れません (%2)。</translation>
        </message>
        <message>
            <source>Catalog %1: format %2 is not supported by this version.</source>
            <translation>カタログ %1: 形式 %2 はこのバージョンではサポートされていません。</translation>
        </message>
        <message>
            <source>Catalog %1: the field "%2" is missing.</source>
            <translation>カタログ %1: 項目 "%2" がありません。</translation>
        </message>
        <message>
            <source>Catalog %1: "%2" is not a valid value for "%3".</source>
            <translation>カタログ %1: "%2" は "%3" の値として無効です。</translation>
        </message>
        <message>
            <source>Catalog %1: the activation ID %2 is used twice.</source>
            <translation>カタログ %1: ライセンス認証 ID %2 が重複しています。</translation>
        </message>
        <message>
            <source>Unlicensed</source>
            <translation>ライセンスされていません</translation>
        </message>
        <message>
            <source>Licensed</source>
            <translation>ライセンスされています</translation>
        </message>
        <message>
            <source>In grace period</source>
            <translation>猶予期間中</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Machine and prerequisites</source>
            <translation>マシンと前提条件</translation>
        </message>
        <message>
            <source>Program and year</source>
            <translation>プログラムと年</translation>
        </message>
        <message>
            <source>Product key</source>
            <translation>プロダクト キー</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation>確認 ID</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>登録</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>状態の確認</translation>
        </message>
        <message>
            <source>Catalog %1 cannot be opened: %2.</source>
            <translation>カタログ %1 を開けません: %2。</translation>
        </message>
        <message>
            <source>Catalog %1 is larger than %2 MB, and an override catalog is a short text file. Check that the right file was given.</source>
            <translation>カタログ %1 が %2 MB を超えています。上書き用のカタログは短いテキスト ファイルです。正しいファイルを指定したか確認してください。</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>ファイルではありません</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>名前付きパイプ (FIFO)</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ソケット</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>特殊ファイル</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file. Nothing was read or changed.</source>
            <translation>%1 はファイルではなくフォルダーです。何も読み込まず、何も変更していません。</translation>
        </message>
        <message>
            <source>%1 is %2, not a file: it was not opened, and nothing was changed.</source>
            <translation>%1 はファイルではなく%2です。開かずに、何も変更していません。</translation>
        </message>
        <message>
            <source>it is %1, not a file; it was left as it is</source>
            <translation>ファイルではなく%1です。そのままにしてあります</translation>
        </message>
        <message>
            <source>Group %1 of the %2 is wrong: one of its digits was misheard or mistyped, not necessarily the last. Ask for the whole group again.</source>
            <translation>%2 のグループ %1 が正しくありません。どれか 1 つの数字が聞き間違いか入力ミスです (最後の数字とは限りません)。グループ全体をもう一度読み上げてもらってください。</translation>
        </message>
        <message>
            <source>Groups %1 of the %2 are wrong: in each, one of the digits was misheard or mistyped, not necessarily the last. Ask for those whole groups again.</source>
            <translation>%2 のグループ %1 が正しくありません。それぞれ、どれか 1 つの数字が聞き間違いか入力ミスです (最後の数字とは限りません)。これらのグループ全体をもう一度読み上げてもらってください。</translation>
        </message>
        <message>
            <source>Nothing was changed. Free some space on that disk and try again.</source>
            <translation>何も変更されていません。そのディスクの空き領域を増やしてから、もう一度実行してください。</translation>
        </message>
        <message>
            <source>The disk that holds the simulated machine is full.</source>
            <translation>模擬マシンがあるディスクがいっぱいです。</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>存在しません</translation>
        </message>
        <message>
            <source>the simulated machine's operating system is not one that can be simulated</source>
            <translation>模擬マシンの OS はシミュレーションできない種類です</translation>
        </message>
        <message>
            <source>the installation ID groups must be 6 or 7 digits long</source>
            <translation>インストール ID のグループは 6 桁または 7 桁である必要があります</translation>
        </message>
        <message>
            <source>the ESU licensing preparation package is not installed</source>
            <translation>ESU ライセンス準備パッケージがインストールされていません</translation>
        </message>
        <message>
            <source>there is no ESU product on this machine</source>
            <translation>このマシンには ESU 製品がありません</translation>
        </message>
        <message>
            <source>the installation ID is not this product's current one</source>
            <translation>インストール ID がこの製品の現在のものではありません</translation>
        </message>
        <message>
            <source>A product key uses only %1, %2 and one N, with optional hyphens.</source>
            <translation>プロダクト キーに使える文字は %1、%2 と N (1 回のみ) で、ハイフンは省略できます。</translation>
        </message>
    </context>
    <context>
        <name>GuiCommandLine</name>
        <message>
            <source>Activation Desk: offline activation of Windows Extended Security Updates (ESU) licences.</source>
            <translation>Activation Desk: Windows の拡張セキュリティ更新プログラム (ESU) のライセンスをオフラインでライセンス認証します。</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>バージョンを表示します。</translation>
        </message>
        <message>
            <source>Language of the window: en or ja (default: the system language, or $ACTDESK_LANG).</source>
            <translation>画面の言語: en または ja (既定: システムの言語、または $ACTDESK_LANG)。</translation>
        </message>
        <message>
            <source>language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Licensing backend: simulated or windows (default: %1).</source>
            <translation>ライセンスのバックエンド: simulated または windows (既定: %1)。</translation>
        </message>
        <message>
            <source>backend</source>
            <translation>バックエンド</translation>
        </message>
        <message>
            <source>Directory of the simulated machine (default: $ACTDESK_STATE, or %1).</source>
            <translation>模擬マシンのディレクトリ (既定: $ACTDESK_STATE、または %1)。</translation>
        </message>
        <message>
            <source>directory</source>
            <translation>ディレクトリ</translation>
        </message>
        <message>
            <source>An administrator's ESU catalog file that adds to or overrides the built-in one.</source>
            <translation>組み込みのカタログに追加または上書きする、管理者用の ESU カタログ ファイル。</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>予期しない引数「%1」があります。</translation>
        </message>
        <message>
            <source>Unknown backend "%1" (use simulated or windows).</source>
            <translation>不明なバックエンド「%1」です (simulated または windows を指定してください)。</translation>
        </message>
        <message>
            <source>The journal: a file path or postgresql://user@host:port/database (default: $ACTDESK_JOURNAL, or %1).</source>
            <translation>ジャーナル: ファイルのパスまたは postgresql://user@host:port/database (既定: $ACTDESK_JOURNAL または %1)。</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
    </context>
    <context>
        <name>GuiComposition</name>
        <message>
            <source>A simulated machine was set up for you: %1 (%2).</source>
            <translation>模擬マシンを準備しました: %1 (%2)。</translation>
        </message>
        <message>
            <source>Answer the requests on a USB stick</source>
            <translation>USB メモリの要求に回答します</translation>
        </message>
        <message>
            <source>Take an installation ID by phone and read the confirmation ID back</source>
            <translation>電話でインストール ID を受け取り、確認 ID を読み上げます</translation>
        </message>
        <message>
            <source>⚠ Journal off: nothing is being recorded</source>
            <translation>⚠ ジャーナル オフ: 何も記録されていません</translation>
        </message>
        <message>
            <source>Desk: transfer files</source>
            <translation>デスク: 転送ファイル</translation>
        </message>
        <message>
            <source>Call centre</source>
            <translation>電話受付</translation>
        </message>
        <message>
            <source>Restarted as administrator. The key typed before could not be carried over (another account); type it again.</source>
            <translation>管理者として再起動しました。前に入力したキーは引き継げませんでした (別のアカウント)。もう一度入力してください。</translation>
        </message>
    </context>
    <context>
        <name>IdShape</name>
        <message>
            <source>Confirmation ID group %1</source>
            <translation>確認 ID グループ %1</translation>
        </message>
        <message>
            <source>Installation ID group %1</source>
            <translation>インストール ID グループ %1</translation>
        </message>
        <message>
            <source>Product key group %1</source>
            <translation>プロダクト キー グループ %1</translation>
        </message>
    </context>
    <context>
        <name>JournalText</name>
        <message>
            <source>"%1" is not a journal location (%2). Give a file path or postgresql://user@host:port/database.</source>
            <translation>"%1" はジャーナルの場所として使えません (%2)。ファイルのパスか postgresql://user@host:port/database を指定してください。</translation>
        </message>
        <message>
            <source>The database driver %1 is not installed, so the journal %2 cannot be opened.</source>
            <translation>データベース ドライバー %1 がインストールされていないため、ジャーナル %2 を開けません。</translation>
        </message>
        <message>
            <source>The journal file %1 cannot be opened or written (%2).</source>
            <translation>ジャーナル ファイル %1 を開くことも書き込むこともできません (%2)。</translation>
        </message>
        <message>
            <source>The journal file %1 is damaged or is not an Activation Desk journal (%2).</source>
            <translation>ジャーナル ファイル %1 は壊れているか、Activation Desk のジャーナルではありません (%2)。</translation>
        </message>
        <message>
            <source>The journal %1 was written by a newer version of Activation Desk (schema version %2).</source>
            <translation>ジャーナル %1 は新しいバージョンの Activation Desk で書き込まれています (スキーマ バージョン %2)。</translation>
        </message>
        <message>
            <source>The journal %1 is in use by another program and stayed locked for too long. Try again when the other program has finished.</source>
            <translation>ジャーナル %1 は別のプログラムが使用中で、ロックが長時間解除されませんでした。そのプログラムが終了してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Cannot connect to the journal database %1 (%2).</source>
            <translation>ジャーナル データベース %1 に接続できません (%2)。</translation>
        </message>
        <message>
            <source>The journal %1 reported an error (%2).</source>
            <translation>ジャーナル %1 でエラーが発生しました (%2)。</translation>
        </message>
        <message>
            <source>A fresh journal was started beside it: %1. The old file was kept unchanged.</source>
            <translation>同じ場所に新しいジャーナルを作成しました: %1。古いファイルは変更せずに残してあります。</translation>
        </message>
        <message>
            <source>Start a fresh journal beside it? The old file is kept unchanged, so it can be rescued later.</source>
            <translation>同じ場所に新しいジャーナルを作成しますか? 古いファイルは変更せずに残すので、後で復旧できます。</translation>
        </message>
        <message>
            <source>The activation continues, but its steps are not journaled.</source>
            <translation>ライセンス認証は続行しますが、各手順はジャーナルに記録されません。</translation>
        </message>
        <message>
            <source>This step was not written to the journal.</source>
            <translation>この手順はジャーナルに書き込まれませんでした。</translation>
        </message>
        <message>
            <source>You chose to continue without a journal: nothing from this session is recorded. The old file was kept unchanged.</source>
            <translation>ジャーナルなしで続行することを選択しました: このセッションの操作は何も記録されません。古いファイルは変更せずに残してあります。</translation>
        </message>
        <message>
            <source>The disk that holds the journal %1 is full (%2). The journal is not damaged: free some space on that disk.</source>
            <translation>ジャーナル %1 があるディスクがいっぱいです (%2)。ジャーナルは壊れていません。そのディスクの空き領域を増やしてください。</translation>
        </message>
        <message>
            <source>The journal %1 is on read-only media or in a read-only folder (%2): it can be read, but nothing can be written to it.</source>
            <translation>ジャーナル %1 は読み取り専用のメディアまたはフォルダーにあります (%2)。読み取りはできますが、書き込みはできません。</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Search machine, IID, CID, key, program…</source>
            <translation>マシン、IID、CID、キー、プログラムを検索…</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>すべての結果</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>最新の情報に更新</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV にエクスポート…</translation>
        </message>
        <message>
            <source>The journal could not be read: %1</source>
            <translation>ジャーナルを読み取れませんでした: %1</translation>
        </message>
        <message>
            <source>No journal is open.</source>
            <translation>ジャーナルが開かれていません。</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n 件のエントリ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%n 件中 %1 件のエントリ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>only the newest %n are loaded</source>
            <translation>
                <numerusform>新しい %n 件のみ読み込み済み</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV file %1 could not be written: %2</source>
            <translation>CSV ファイル %1 に書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>Export journal as CSV</source>
            <translation>ジャーナルを CSV にエクスポート</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>%n 件のエントリを %1 にエクスポートしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>日時 (UTC)</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作者</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Partial key</source>
            <translation>部分キー</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation>確認 ID</translation>
        </message>
        <message>
            <source>Select an entry to see all its details.</source>
            <translation>エントリを選択すると、すべての詳細が表示されます。</translation>
        </message>
        <message>
            <source>Product key</source>
            <translation>プロダクト キー</translation>
        </message>
        <message>
            <source>Extended PID</source>
            <translation>拡張 PID</translation>
        </message>
        <message>
            <source>Licence status</source>
            <translation>ライセンスの状態</translation>
        </message>
        <message>
            <source>Machine ID</source>
            <translation>マシン ID</translation>
        </message>
        <message>
            <source>Operating system</source>
            <translation>オペレーティング システム</translation>
        </message>
        <message>
            <source>Activation ID</source>
            <translation>ライセンス認証 ID</translation>
        </message>
        <message>
            <source>Tool version</source>
            <translation>ツールのバージョン</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>現地時刻</translation>
        </message>
        <message>
            <source>Technical detail</source>
            <translation>技術的な詳細</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>シミュレーション</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>デスク</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <source>Invalid input</source>
            <translation>入力エラー</translation>
        </message>
        <message>
            <source>⚠ Nothing is being recorded in this session: there is no journal.</source>
            <translation>⚠ このセッションでは何も記録されていません: ジャーナルがありません。</translation>
        </message>
        <message>
            <source>Nothing is being recorded in this session.</source>
            <translation>このセッションでは何も記録されていません。</translation>
        </message>
    </context>
    <context>
        <name>OnlineText</name>
        <message>
            <source>Not sent.</source>
            <translation>送信していません。</translation>
        </message>
        <message>
            <source>The MAK has reached its activation limit (service error %1). Ask for more activations in the Microsoft 365 admin center or Volume Licensing Service Center, or use another MAK; the machine stays unlicensed until then.</source>
            <translation>MAK のライセンス認証回数が上限に達しています (サービス エラー %1)。Microsoft 365 admin center または Volume Licensing Service Center でライセンス認証回数の追加を依頼するか、別の MAK を使ってください。それまでこのマシンはライセンス認証されないままです。</translation>
        </message>
        <message>
            <source>Microsoft has blocked this product key (service error %1). Check with Microsoft licensing support that the key is valid for this ESU program and year.</source>
            <translation>このプロダクト キーは Microsoft によってブロックされています (サービス エラー %1)。このキーがこの ESU プログラムと年に有効か、Microsoft のライセンス サポートに確認してください。</translation>
        </message>
        <message>
            <source>The product key is not valid (service error %1). Check that the right ESU key is installed on the machine, then make a new request.</source>
            <translation>プロダクト キーが無効です (サービス エラー %1)。正しい ESU キーがマシンにインストールされているか確認してから、新しい要求を作成してください。</translation>
        </message>
        <message>
            <source>The key on the machine is of the wrong type (service error %1): online activation needs a MAK. Install the ESU MAK and make a new request.</source>
            <translation>マシンのキーの種類が違います (サービス エラー %1)。オンラインでのライセンス認証には MAK が必要です。ESU の MAK をインストールして、新しい要求を作成してください。</translation>
        </message>
        <message>
            <source>The activation service did not accept the installation ID (service error %1). Make a new request on the machine and check the installation ID.</source>
            <translation>ライセンス認証サービスがインストール ID を受け付けませんでした (サービス エラー %1)。マシンで新しい要求を作成し、インストール ID を確認してください。</translation>
        </message>
        <message>
            <source>The activation service reported error %1. Try again later; if it persists, activate by phone.</source>
            <translation>ライセンス認証サービスがエラー %1 を返しました。しばらくしてからやり直してください。繰り返し発生する場合は、電話でライセンス認証してください。</translation>
        </message>
        <message>
            <source>The activation service's answer was larger than 1 MB and was not read.</source>
            <translation>ライセンス認証サービスの応答が 1 MB を超えていたため、読み込みませんでした。</translation>
        </message>
        <message>
            <source>The activation service's answer contained a document type declaration or an entity and was not read.</source>
            <translation>ライセンス認証サービスの応答に文書型宣言またはエンティティが含まれていたため、読み込みませんでした。</translation>
        </message>
        <message>
            <source>The activation service's answer was incomplete or damaged (%1). Try again.</source>
            <translation>ライセンス認証サービスの応答が不完全か壊れていました (%1)。やり直してください。</translation>
        </message>
        <message>
            <source>The activation service's answer was not the expected one (%1). Check the endpoint.</source>
            <translation>ライセンス認証サービスの応答が想定と違いました (%1)。エンドポイントを確認してください。</translation>
        </message>
        <message>
            <source>The activation service sent a confirmation ID that fails its check digits; it was not used. Try again, or activate by phone.</source>
            <translation>ライセンス認証サービスから届いた確認 ID はチェック数字が合わないため、使いませんでした。やり直すか、電話でライセンス認証してください。</translation>
        </message>
        <message>
            <source>No connection to the activation service (%1). Nothing more was sent; the items not answered stay waiting. Check the network or the proxy and run it again.</source>
            <translation>ライセンス認証サービスに接続できません (%1)。これ以上は送信していません。未回答の項目は回答待ちのままです。ネットワークまたはプロキシを確認して、もう一度実行してください。</translation>
        </message>
        <message>
            <source>The proxy asks for a user name and password (HTTP 407). Nothing more was sent; the items not answered stay waiting.</source>
            <translation>プロキシがユーザー名とパスワードを求めています (HTTP 407)。これ以上は送信していません。未回答の項目は回答待ちのままです。</translation>
        </message>
        <message>
            <source>The activation service's certificate was not trusted (%1). Nothing more was sent.</source>
            <translation>ライセンス認証サービスの証明書を信頼できませんでした (%1)。これ以上は送信していません。</translation>
        </message>
        <message>
            <source>Cancelled. The answers already received are kept; the other items stay waiting.</source>
            <translation>キャンセルしました。受け取った回答は残しています。ほかの項目は回答待ちのままです。</translation>
        </message>
        <message numerus="yes">
            <source>The activation service answered HTTP %1 (after %n attempt(s)). The item stays waiting; try again later.</source>
            <translation>
                <numerusform>ライセンス認証サービスが HTTP %1 を返しました (%n 回試行)。項目は回答待ちのままです。しばらくしてからやり直してください。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activation service did not answer in time (after %n attempt(s)). The item stays waiting; try again later.</source>
            <translation>
                <numerusform>ライセンス認証サービスが時間内に応答しませんでした (%n 回試行)。項目は回答待ちのままです。しばらくしてからやり直してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Online options (desk online, desk remaining; Microsoft's BatchActivation service, as VAMT
uses it; needs a MAK):
  --endpoint is for tests and private mirrors: https, or http to a loopback address only.
  --proxy http://HOST:PORT (default: the system's proxy); a proxy asking for a password gets
  ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD from the environment, never stored.
  --limit N: at most N requests at once (default 4).</source>
            <translation>オンラインのオプション (desk online、desk remaining。VAMT と同じ Microsoft の
BatchActivation サービス。MAK が必要):
  --endpoint はテストとプライベート ミラー用: https、または loopback アドレスへの http のみ。
  --proxy http://HOST:PORT (既定: システムのプロキシ)。パスワードを求めるプロキシには
  環境変数 ACTDESK_PROXY_USER と ACTDESK_PROXY_PASSWORD を使います (保存しません)。
  --limit N: 同時に送る要求は N 件まで (既定 4)。</translation>
        </message>
    </context>
    <context>
        <name>ResumeTicket</name>
        <message>
            <source>The typed key could not be protected for the restart.</source>
            <translation>入力されたキーを再起動のために保護できませんでした。</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 に書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 を読み取れませんでした: %2</translation>
        </message>
        <message>
            <source>%1 is not a file Activation Desk wrote for a restart.</source>
            <translation>%1 は、Activation Desk が再起動のために書き込んだファイルではありません。</translation>
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <source>export needs the transfer file, optionally followed by activation IDs or program/year names</source>
            <translation>export には転送ファイルを指定してください (続けてライセンス認証 ID またはプログラム/年の名前も指定できます)</translation>
        </message>
        <message>
            <source>No ESU product is present on this machine. Install the prerequisite updates first (see "actdesk status").</source>
            <translation>このマシンには ESU 製品がありません。先に前提条件の更新プログラムをインストールしてください ("actdesk status" を参照)。</translation>
        </message>
        <message>
            <source>Nothing to request: no ESU product on this machine has a product key installed and is still unlicensed.</source>
            <translation>要求するものはありません: このマシンには、プロダクト キーがインストール済みで、まだライセンス認証されていない ESU 製品がありません。</translation>
        </message>
        <message>
            <source>Saved in %1. Take the file to the activation desk.</source>
            <translation>%1 に保存しました。このファイルをライセンス認証デスクに持って行ってください。</translation>
        </message>
        <message>
            <source>import needs exactly one transfer file</source>
            <translation>import には転送ファイルを 1 つだけ指定してください</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) for other machines skipped (left untouched).</source>
            <translation>
                <numerusform>ほかのマシン向けの %n 個の項目は飛ばしました (変更していません)。</numerusform>
            </translation>
        </message>
        <message>
            <source>No item in %1 is for this machine (%2, id %3).</source>
            <translation>%1 にはこのマシン (%2、ID %3) 向けの項目がありません。</translation>
        </message>
        <message>
            <source>Marked the applied items in %1.</source>
            <translation>%1 の適用済みの項目に印を付けました。</translation>
        </message>
        <message>
            <source>The licences above are applied, but %1 could not be updated: %2</source>
            <translation>上記のライセンスは適用済みですが、%1 を更新できませんでした: %2</translation>
        </message>
        <message>
            <source>desk list needs exactly one transfer file</source>
            <translation>desk list には転送ファイルを 1 つだけ指定してください</translation>
        </message>
        <message>
            <source>--status must be pending, answered, failed or applied</source>
            <translation>--status には pending、answered、failed、applied のいずれかを指定してください</translation>
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation>項目 %1: %2</translation>
        </message>
        <message>
            <source>Machine: %1 (%2)</source>
            <translation>マシン: %1 (%2)</translation>
        </message>
        <message>
            <source>[simulated machine]</source>
            <translation>[模擬マシン]</translation>
        </message>
        <message>
            <source>Product: %1</source>
            <translation>製品: %1</translation>
        </message>
        <message>
            <source>Extended PID: %1</source>
            <translation>拡張 PID: %1</translation>
        </message>
        <message>
            <source>Installation ID: %1</source>
            <translation>インストール ID: %1</translation>
        </message>
        <message>
            <source>Confirmation ID: %1</source>
            <translation>確認 ID: %1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <source>The journal already holds a confirmation ID for this installation ID (%1). Reuse it with "actdesk desk answer %2 %3": that saves a MAK activation.</source>
            <translation>このインストール ID の確認 ID は既にジャーナルにあります (%1)。"actdesk desk answer %2 %3" で再利用すると、MAK のライセンス認証回数を節約できます。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s).</source>
            <translation>
                <numerusform>%n 個の項目。</numerusform>
            </translation>
        </message>
        <message>
            <source>desk answer needs the transfer file, the item and its confirmation ID</source>
            <translation>desk answer には転送ファイル、項目、その確認 ID を指定してください</translation>
        </message>
        <message>
            <source>desk answer needs the confirmation ID: the journal holds none for item %1's installation ID</source>
            <translation>desk answer には確認 ID を指定してください: 項目 %1 のインストール ID の確認 ID はジャーナルにありません</translation>
        </message>
        <message>
            <source>actdesk: warning: the journal holds a different confirmation ID for this installation ID (%1). Check which one is right.</source>
            <translation>actdesk: 警告: ジャーナルには、このインストール ID に対する別の確認 ID があります (%1)。どちらが正しいか確認してください。</translation>
        </message>
        <message>
            <source>Reused the confirmation ID already in the journal: no new activation was needed.</source>
            <translation>ジャーナルにある確認 ID を再利用しました。新たなライセンス認証は必要ありませんでした。</translation>
        </message>
        <message>
            <source>Item %1 answered: %2</source>
            <translation>項目 %1 に回答しました: %2</translation>
        </message>
        <message>
            <source>Item %1 already had this confirmation ID.</source>
            <translation>項目 %1 には既にこの確認 ID があります。</translation>
        </message>
        <message>
            <source>desk fail needs the transfer file, the item and the reason</source>
            <translation>desk fail には転送ファイル、項目、理由を指定してください</translation>
        </message>
        <message>
            <source>Item %1 marked failed: %2</source>
            <translation>項目 %1 を失敗として記録しました: %2</translation>
        </message>
        <message>
            <source>desk simulate needs exactly one transfer file</source>
            <translation>desk simulate には転送ファイルを 1 つだけ指定してください</translation>
        </message>
        <message>
            <source>SIMULATION: the simulated activation centre answers. Its confirmation IDs work only on simulated machines.</source>
            <translation>シミュレーション: 模擬ライセンス認証窓口が回答します。その確認 ID は模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>Item %1 (%2): SIMULATED confirmation ID %3</source>
            <translation>項目 %1 (%2): 模擬の確認 ID %3</translation>
        </message>
        <message>
            <source>No item is waiting for an answer.</source>
            <translation>回答を待っている項目はありません。</translation>
        </message>
        <message>
            <source>desk export-csv needs the transfer file and the CSV file to write</source>
            <translation>desk export-csv には転送ファイルと書き込む CSV ファイルを指定してください</translation>
        </message>
        <message numerus="yes">
            <source>%n pending item(s) written to %1.</source>
            <translation>
                <numerusform>回答待ちの %n 個の項目を %1 に書き込みました。</numerusform>
            </translation>
        </message>
        <message>
            <source>desk import-csv needs the transfer file and the CSV file to read</source>
            <translation>desk import-csv には転送ファイルと読み込む CSV ファイルを指定してください</translation>
        </message>
        <message>
            <source>CSV line %1: item %2 answered.</source>
            <translation>CSV の %1 行目: 項目 %2 に回答しました。</translation>
        </message>
        <message>
            <source>CSV line %1: item %2 already had this confirmation ID.</source>
            <translation>CSV の %1 行目: 項目 %2 には既にこの確認 ID があります。</translation>
        </message>
        <message>
            <source>CSV line %1: item %2 has no confirmation ID yet; left as it is.</source>
            <translation>CSV の %1 行目: 項目 %2 にはまだ確認 ID がありません。そのままにしました。</translation>
        </message>
        <message>
            <source>CSV line %1: item %2 not answered. %3</source>
            <translation>CSV の %1 行目: 項目 %2 には回答していません。%3</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>回答済み</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>ファイル %1 がありません。</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>ファイル %1 を読み取れません: %2</translation>
        </message>
        <message>
            <source>The file %1 is too large to be a transfer file (%2 bytes; a transfer file has at most %3).</source>
            <translation>ファイル %1 は転送ファイルとしては大きすぎます (%2 バイト。転送ファイルは最大 %3 バイトです)。</translation>
        </message>
        <message>
            <source>%1 is not an Activation Desk transfer file: its first line is not "%2 &lt;version&gt;".</source>
            <translation>%1 は Activation Desk の転送ファイルではありません: 1 行目が "%2 &lt;バージョン&gt;" ではありません。</translation>
        </message>
        <message>
            <source>The transfer file %1 was made by a newer version of Activation Desk (format version %2; this version reads format version %3). Update Activation Desk on this computer to open it.</source>
            <translation>転送ファイル %1 は新しいバージョンの Activation Desk で作成されています (形式バージョン %2。このバージョンが読めるのは形式バージョン %3 です)。開くには、このコンピューターの Activation Desk を更新してください。</translation>
        </message>
        <message>
            <source>The transfer file %1 has format version %2, which no version of Activation Desk writes.</source>
            <translation>転送ファイル %1 の形式バージョン %2 は、どのバージョンの Activation Desk も書き込まない形式です。</translation>
        </message>
        <message>
            <source>The transfer file %1 is incomplete: it ends at line %2 without its closing digest line. It was probably cut short while being copied or written (for example a USB stick removed too early). Save it again where it was made.</source>
            <translation>転送ファイル %1 は不完全です: 最後のダイジェスト行がないまま %2 行目で終わっています。コピーまたは書き込みの途中で切れた可能性があります (USB メモリを早く抜いた場合など)。作成した場所でもう一度保存してください。</translation>
        </message>
        <message>
            <source>Line %1 of %2 is not readable text (not UTF-8, or a control character): the file is damaged.</source>
            <translation>%2 の %1 行目は読み取れるテキストではありません (UTF-8 ではないか、制御文字を含みます)。ファイルが壊れています。</translation>
        </message>
        <message>
            <source>Line %1 of %2 is longer than any line of a transfer file: the file is damaged.</source>
            <translation>%2 の %1 行目は転送ファイルの行としては長すぎます。ファイルが壊れています。</translation>
        </message>
        <message>
            <source>Line %1 of %2 is not part of the transfer file format: the file is damaged or was edited by hand.</source>
            <translation>%2 の %1 行目は転送ファイルの形式に沿っていません。ファイルが壊れているか、手で編集されています。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 contains a backslash sequence the format does not use.</source>
            <translation>%2 の %1 行目: 項目 %4 のフィールド "%3" に、この形式で使わないバックスラッシュの並びがあります。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" appears before the first item.</source>
            <translation>%2 の %1 行目: フィールド "%3" が最初の項目より前にあります。</translation>
        </message>
        <message>
            <source>Line %1 of %2: item %3 has a field "%4" that this format version does not have.</source>
            <translation>%2 の %1 行目: 項目 %3 に、この形式バージョンにはないフィールド "%4" があります。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" appears twice.</source>
            <translation>%2 の %1 行目: フィールド "%3" が 2 回出てきます。</translation>
        </message>
        <message>
            <source>Item %1 (line %2 of %3) lacks the field "%4".</source>
            <translation>項目 %1 (%3 の %2 行目) にフィールド "%4" がありません。</translation>
        </message>
        <message>
            <source>Line %1 of %2: item %3 appears twice.</source>
            <translation>%2 の %1 行目: 項目 %3 が 2 回出てきます。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 looks like it holds a full product key. A transfer file must never hold one; remove it.</source>
            <translation>%2 の %1 行目: 項目 %4 のフィールド "%3" にプロダクト キー全体が含まれているようです。転送ファイルにプロダクト キー全体を入れてはいけません。削除してください。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 has an impossible value.</source>
            <translation>%2 の %1 行目: 項目 %4 のフィールド "%3" の値が正しくありません。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 has an impossible value: "%5".</source>
            <translation>%2 の %1 行目: 項目 %4 のフィールド "%3" の値が正しくありません: "%5"。</translation>
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 is not valid. %5</source>
            <translation>%2 の %1 行目: 項目 %4 のフィールド "%3" が正しくありません。%5</translation>
        </message>
        <message>
            <source>Line %1 of %2: item %3 is "%4" but its field "%5" is empty.</source>
            <translation>%2 の %1 行目: 項目 %3 は "%4" ですが、フィールド "%5" が空です。</translation>
        </message>
        <message>
            <source>Line %1 of %2: item %3 is "%4" but its field "%5" is filled in; it must be empty for that status.</source>
            <translation>%2 の %1 行目: 項目 %3 は "%4" ですが、フィールド "%5" に値があります。この状態では空でなければなりません。</translation>
        </message>
        <message>
            <source>Item %1 (line %2 of %3) was changed or damaged after it was written: its digest does not match its content. Nothing was changed; save the request or the answers again.</source>
            <translation>項目 %1 (%3 の %2 行目) は書き込み後に変更されたか壊れています: ダイジェストが内容と一致しません。何も変更していません。要求または回答をもう一度保存してください。</translation>
        </message>
        <message>
            <source>The transfer file %1 says (line %2) that it holds %3 items, but %4 were found: items were removed or added by hand.</source>
            <translation>転送ファイル %1 には %3 個の項目があると記されています (%2 行目) が、見つかったのは %4 個です。項目が手で削除または追加されています。</translation>
        </message>
        <message>
            <source>The list of items in %1 was changed by hand (items reordered or replaced): the file digest on line %2 does not match.</source>
            <translation>%1 の項目の並びが手で変更されています (項目の並べ替えまたは置き換え)。%2 行目のファイル ダイジェストが一致しません。</translation>
        </message>
        <message>
            <source>Line %1 of %2 comes after the end of the file's content: the file is damaged.</source>
            <translation>%2 の %1 行目はファイルの内容の終わりより後にあります。ファイルが壊れています。</translation>
        </message>
        <message>
            <source>%1 cannot be written: the stick or folder is read-only, or you lack permission (%2). Nothing was changed.</source>
            <translation>%1 に書き込めません: USB メモリまたはフォルダーが読み取り専用か、アクセス許可がありません (%2)。何も変更していません。</translation>
        </message>
        <message>
            <source>Writing %1 failed part-way (%2). The previous file is intact; check the stick (is it full or was it removed?) and try again.</source>
            <translation>%1 の書き込みが途中で失敗しました (%2)。元のファイルはそのまま残っています。USB メモリ (空き容量がないか、抜かれていないか) を確認して、もう一度やり直してください。</translation>
        </message>
        <message>
            <source>%1 was changed by someone else while it was being saved. Nothing was written; try again.</source>
            <translation>%1 は保存中にほかの人によって変更されました。何も書き込んでいません。もう一度やり直してください。</translation>
        </message>
        <message>
            <source>There is no item "%1" in the file (give the item id, or at least its first %2 characters).</source>
            <translation>ファイルに項目 "%1" がありません (項目 ID か、その先頭 %2 文字以上を指定してください)。</translation>
        </message>
        <message>
            <source>"%1" matches several items (%2): give more characters.</source>
            <translation>"%1" に一致する項目が複数あります (%2)。もっと多くの文字を指定してください。</translation>
        </message>
        <message>
            <source>Item %1 is %2: it cannot be changed that way.</source>
            <translation>項目 %1 は「%2」です。そのようには変更できません。</translation>
        </message>
        <message>
            <source>Line %1: the installation ID "%2" is not the one item %3 asked for.</source>
            <translation>%1 行目: インストール ID "%2" は項目 %3 が要求したものではありません。</translation>
        </message>
        <message>
            <source>Item %1 comes from a real machine: the simulated activation centre does not answer it.</source>
            <translation>項目 %1 は実際のマシンからの要求です。模擬ライセンス認証窓口は回答しません。</translation>
        </message>
        <message>
            <source>Line %1 of %2: a quoted cell is not closed properly.</source>
            <translation>%2 の %1 行目: 引用符で囲まれたセルが正しく閉じられていません。</translation>
        </message>
        <message>
            <source>The CSV file %1 has no column "%2".</source>
            <translation>CSV ファイル %1 に列 "%2" がありません。</translation>
        </message>
        <message>
            <source>%1: request saved (item %2).</source>
            <translation>%1: 要求を保存しました (項目 %2)。</translation>
        </message>
        <message>
            <source>%1: request saved (item %2), replacing this machine's earlier request %3.</source>
            <translation>%1: 要求を保存しました (項目 %2)。このマシンの以前の要求 %3 を置き換えました。</translation>
        </message>
        <message>
            <source>%1: the same request is already waiting in the file (item %2).</source>
            <translation>%1: 同じ要求が既にファイル内で回答を待っています (項目 %2)。</translation>
        </message>
        <message>
            <source>%1: the file already holds the answer for this installation ID (item %2); run "actdesk import" to apply it.</source>
            <translation>%1: このインストール ID への回答は既にファイルにあります (項目 %2)。"actdesk import" を実行して適用してください。</translation>
        </message>
        <message>
            <source>%1: already licensed; no request needed.</source>
            <translation>%1: 既にライセンス認証済みです。要求は不要です。</translation>
        </message>
        <message>
            <source>%1: no product key is installed; install the ESU key first.</source>
            <translation>%1: プロダクト キーがインストールされていません。先に ESU キーをインストールしてください。</translation>
        </message>
        <message>
            <source>%1: this ESU product is not present on this machine.</source>
            <translation>%1: この ESU 製品はこのマシンにありません。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 (item %2): confirmation ID applied; the product is licensed.</source>
            <translation>%1 (項目 %2): 確認 ID を適用しました。製品はライセンス認証済みです。</translation>
        </message>
        <message>
            <source>%1 (item %2): already licensed; nothing was deposited.</source>
            <translation>%1 (項目 %2): 既にライセンス認証済みです。何も登録していません。</translation>
        </message>
        <message>
            <source>%1 (item %2): the desk has not answered this request yet.</source>
            <translation>%1 (項目 %2): デスクはこの要求にまだ回答していません。</translation>
        </message>
        <message>
            <source>%1 (item %2): the desk could not obtain a confirmation ID: %3</source>
            <translation>%1 (項目 %2): デスクは確認 ID を取得できませんでした: %3</translation>
        </message>
        <message>
            <source>%1 (item %2): refused. The installation ID of this machine is no longer the one in the request (the key was reinstalled or the hardware changed), so this confirmation ID cannot work. Export a new request.</source>
            <translation>%1 (項目 %2): 拒否しました。このマシンのインストール ID が要求の時点から変わっている (キーの再インストールまたはハードウェアの変更) ため、この確認 ID は使えません。新しい要求をエクスポートしてください。</translation>
        </message>
        <message>
            <source>%1 (item %2): refused: no product key is installed for it any more.</source>
            <translation>%1 (項目 %2): 拒否しました。この製品のプロダクト キーがもうインストールされていません。</translation>
        </message>
        <message>
            <source>%1 (item %2): this ESU product is not present on this machine.</source>
            <translation>%1 (項目 %2): この ESU 製品はこのマシンにありません。</translation>
        </message>
        <message>
            <source>%1 (item %2): the confirmation ID was not accepted. %3</source>
            <translation>%1 (項目 %2): 確認 ID が受け付けられませんでした。%3</translation>
        </message>
        <message>
            <source>%1 (item %2): the confirmation ID was deposited but the product is %3, not licensed.</source>
            <translation>%1 (項目 %2): 確認 ID を登録しましたが、製品の状態は %3 で、ライセンス認証されていません。</translation>
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation>actdesk: 警告: %1</translation>
        </message>
        <message>
            <source>The journal could not be searched for confirmation IDs already obtained: %1</source>
            <translation>取得済みの確認 ID をジャーナルで検索できませんでした: %1</translation>
        </message>
        <message>
            <source>waiting for a confirmation ID</source>
            <translation>確認 ID の入力待ち</translation>
        </message>
        <message>
            <source>applied on the machine</source>
            <translation>マシンに適用済み</translation>
        </message>
        <message>
            <source>Waiting for a confirmation ID</source>
            <translation>確認 ID の入力待ち</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>回答済み</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Applied on the machine</source>
            <translation>マシンに適用済み</translation>
        </message>
        <message>
            <source>Item %1 already has a different confirmation ID. Nothing was changed.</source>
            <translation>項目 %1 には既に別の確認 ID があります。何も変更していません。</translation>
        </message>
        <message>
            <source>Add --replace to overwrite it.</source>
            <translation>上書きするには --replace を付けてください。</translation>
        </message>
        <message>
            <source>%1 is a transfer file: the CSV would replace it and every request in it. Give the CSV another name.</source>
            <translation>%1 は転送ファイルです。CSV で上書きすると、その中の要求がすべて失われます。CSV には別の名前を付けてください。</translation>
        </message>
        <message>
            <source>the confirmation ID given for desk answer is empty</source>
            <translation>desk answer に指定された確認 ID が空です</translation>
        </message>
        <message>
            <source>The CSV file %1 is not UTF-8 text (it looks like UTF-16, as "Unicode Text" is saved). Save it as "CSV UTF-8" and import it again.</source>
            <translation>CSV ファイル %1 は UTF-8 のテキストではありません (「Unicode テキスト」で保存したときの UTF-16 のようです)。「CSV UTF-8」で保存し直してから、もう一度取り込んでください。</translation>
        </message>
        <message numerus="yes">
            <source>%1 is in use by %2 (process %3 on %4), which is saving it. Nothing was changed; try again when it has finished. If that program has stopped on another computer, its lock (%5) is released by itself after %n minute(s).</source>
            <translation>
                <numerusform>%1 は %2 (%4 のプロセス %3) が保存中のため使用中です。何も変更していません。その保存が終わってからもう一度やり直してください。そのプログラムが別のコンピューターで止まってしまった場合、そのロック (%5) は %n 分後に自動的に解除されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>another program</source>
            <translation>ほかのプログラム</translation>
        </message>
        <message>
            <source>%1 is in use by another program, which is saving it. Nothing was changed; try again when it has finished.</source>
            <translation>%1 はほかのプログラムが保存中のため使用中です。何も変更していません。その保存が終わってからもう一度やり直してください。</translation>
        </message>
        <message>
            <source>%1 cannot be written: its folder does not exist. Nothing was changed.</source>
            <translation>%1 に書き込めません: フォルダーが存在しません。何も変更していません。</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>This machine's name</source>
            <translation>このマシンの名前</translation>
        </message>
        <message>
            <source>%1 already holds these requests; nothing was changed. Take the file to the activation desk.</source>
            <translation>%1 にはこれらの要求が既に入っています。何も変更していません。このファイルをライセンス認証デスクに持って行ってください。</translation>
        </message>
    </context>
    <context>
        <name>VerbTable</name>
        <message>
            <source>Licences on this machine:</source>
            <translation>このマシンのライセンス:</translation>
        </message>
        <message>
            <source>Journal (every install-key, iid and apply step is recorded):</source>
            <translation>ジャーナル (install-key、iid、apply の各手順を記録します):</translation>
        </message>
        <message>
            <source>Transfer files (USB stick or share; format: docs/transfer-format.md):</source>
            <translation>転送ファイル (USB メモリまたは共有フォルダー。形式: docs/transfer-format.md):</translation>
        </message>
        <message>
            <source>The desk (answering the requests in a transfer file):</source>
            <translation>デスク (転送ファイルの要求への回答):</translation>
        </message>
        <message>
            <source>Paper and phone camera:</source>
            <translation>紙とスマートフォンのカメラ:</translation>
        </message>
        <message>
            <source>ID is an activation ID (GUID) or a program/year name such as win7-esu-y1.</source>
            <translation>ID にはライセンス認証 ID (GUID) または win7-esu-y1 のようなプログラム/年の名前を指定します。</translation>
        </message>
        <message>
            <source>Desk options: --by NAME (who answers; default user@host), --replace (change an answer).
ITEM is an item id or its first characters.</source>
            <translation>デスクのオプション: --by NAME (回答者。既定は user@host)、--replace (回答を変更します)。
ITEM は項目 ID またはその先頭の文字です。</translation>
        </message>
        <message>
            <source>Usage: actdesk [global options] COMMAND [arguments]</source>
            <translation>使い方: actdesk [グローバル オプション] コマンド [引数]</translation>
        </message>
        <message>
            <source>Global options:
  --backend simulated|windows   licensing backend (simulated off Windows)
  --state DIR                   where the simulated machine lives
  --catalog FILE                an administrator's catalog override file
  --journal URL                 the journal: a file path (default: per-user journal.sqlite)
                                or postgresql://user@host:port/database for a shared one
  --json                        machine-readable output: one JSON object on stdout, errors
                                included ("ok": false)
  --lang en|ja                  language of messages</source>
            <translation>グローバル オプション:
  --backend simulated|windows   ライセンス バックエンド (Windows 以外では simulated)
  --state DIR                   模擬マシンの保存先
  --catalog FILE                管理者によるカタログの上書きファイル
  --journal URL                 ジャーナル: ファイルのパス (既定: ユーザーごとの journal.sqlite)
                                または共有用の postgresql://user@host:port/database
  --json                        機械可読な出力: 標準出力に JSON オブジェクトを 1 つ (エラーも
                                含みます。"ok": false)
  --lang en|ja                  メッセージの言語</translation>
        </message>
        <message>
            <source>Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,
3 environment problem (no simulated machine, backend or catalog unusable, or a transfer
file that could not be read or written, which is then left unchanged).</source>
            <translation>終了コード: 0 成功、1 入力が無効または操作の失敗、2 使い方の誤り、
3 環境の問題 (模擬マシンがない、バックエンドまたはカタログが使えない、または転送
ファイルを読み書きできなかった。その場合ファイルは変更されません)。</translation>
        </message>
        <message>
            <source>list the ESU programs and years (the catalog)</source>
            <translation>ESU プログラムと年の一覧 (カタログ)</translation>
        </message>
        <message>
            <source>licence status of the ESU products</source>
            <translation>ESU 製品のライセンスの状態</translation>
        </message>
        <message>
            <source>install an ESU product key; - reads it from stdin</source>
            <translation>ESU プロダクト キーのインストール。- は標準入力から読み取り</translation>
        </message>
        <message>
            <source>show the installation ID</source>
            <translation>インストール ID の表示</translation>
        </message>
        <message>
            <source>deposit a confirmation ID and verify</source>
            <translation>確認 ID の登録と状態の確認</translation>
        </message>
        <message>
            <source>check an installation or confirmation ID</source>
            <translation>インストール ID または確認 ID のチェック</translation>
        </message>
        <message>
            <source>set up a simulated machine (training, tests)</source>
            <translation>模擬マシンの準備 (トレーニング、テスト用)</translation>
        </message>
        <message>
            <source>the simulated activation centre</source>
            <translation>模擬ライセンス認証窓口</translation>
        </message>
        <message>
            <source>list journal entries, newest first (DATE: YYYY-MM-DD, UTC)</source>
            <translation>ジャーナルのエントリを新しい順に表示 (DATE: YYYY-MM-DD、UTC)</translation>
        </message>
        <message>
            <source>save this machine's activation requests into FILE</source>
            <translation>このマシンのライセンス認証要求を FILE に保存します</translation>
        </message>
        <message>
            <source>apply the answers in FILE that are meant for this machine</source>
            <translation>FILE にある、このマシン向けの回答を適用します</translation>
        </message>
        <message>
            <source>the items in FILE (S: pending, answered, failed, applied)</source>
            <translation>FILE の項目を表示します (S: pending、answered、failed、applied)</translation>
        </message>
        <message>
            <source>record the confirmation ID for an item (without CID: reuse
the one the journal already holds)</source>
            <translation>項目の確認 ID を記録します (CID を省略すると、ジャーナルに
ある確認 ID を再利用します)</translation>
        </message>
        <message>
            <source>mark an item failed, with the reason</source>
            <translation>項目を失敗として理由とともに記録します</translation>
        </message>
        <message>
            <source>training: the simulated centre answers every open item</source>
            <translation>トレーニング用: 模擬ライセンス認証窓口が未回答の項目すべてに回答します</translation>
        </message>
        <message>
            <source>the pending installation IDs, for a spreadsheet</source>
            <translation>回答待ちのインストール ID を表計算ソフト用に書き出します</translation>
        </message>
        <message>
            <source>confirmation IDs back from a spreadsheet</source>
            <translation>表計算ソフトから確認 ID を読み込みます</translation>
        </message>
        <message>
            <source>printable activation sheet(s): IID in large groups, its QR
code and boxes A-H for the CID; for this machine's pending
ESU years, or for every pending item of a transfer file</source>
            <translation>印刷用のライセンス認証シート: 大きなグループ表示のインストール ID、
その QR コード、確認 ID を書き込む A～H の枠。このマシンの
ライセンス認証待ちの ESU の年、または転送ファイルの回答待ちの全項目が対象</translation>
        </message>
        <message>
            <source>a QR code of the IID (digits only unless --name is given)</source>
            <translation>インストール ID の QR コード (--name を指定しない限り数字のみ)</translation>
        </message>
        <message>
            <source>%1 needs one of these commands: %2</source>
            <translation>%1 には次のいずれかのコマンドを指定してください: %2</translation>
        </message>
        <message>
            <source>unknown %1 command "%2"</source>
            <translation>不明な %1 コマンド "%2" です</translation>
        </message>
        <message>
            <source>%1 has no --json output</source>
            <translation>%1 には --json の出力がありません</translation>
        </message>
        <message>
            <source>get confirmation IDs for every waiting item from Microsoft's BatchActivation
service and save them into the files; a CID already in the journal is
reused (no MAK activation spent); simulated machines are never sent to Microsoft</source>
            <translation>回答待ちの項目すべての確認 ID を Microsoft の BatchActivation サービスから取得して
ファイルに保存します。ジャーナルにある確認 ID は再利用します (MAK のライセンス認証
回数を使いません)。模擬マシンは Microsoft に送りません</translation>
        </message>
        <message>
            <source>how many activations the MAK has left</source>
            <translation>MAK の残りのライセンス認証回数</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::AboutDialog</name>
        <message>
            <source>About Activation Desk</source>
            <translation>Activation Desk のバージョン情報</translation>
        </message>
        <message>
            <source>Activation Desk</source>
            <translation>Activation Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>バージョン %1</translation>
        </message>
        <message>
            <source>Offline activation of Windows Extended Security Updates (ESU) licences by phone, USB or paper.</source>
            <translation>Windows の拡張セキュリティ更新プログラム (ESU) のライセンスを、電話、USB、紙を使ってオフラインでライセンス認証します。</translation>
        </message>
        <message>
            <source>Free software under the MIT licence. Built with Qt %1.</source>
            <translation>MIT ライセンスのフリー ソフトウェアです。Qt %1 を使用しています。</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ActivationCentreWindow</name>
        <message>
            <source>Activation centre (simulation)</source>
            <translation>模擬ライセンス認証窓口 (シミュレーション)</translation>
        </message>
        <message>
            <source>SIMULATION: these confirmation IDs work only on the simulated machine, never on a real one.</source>
            <translation>シミュレーション: ここで表示される確認 ID は模擬マシンでのみ有効です。実際のマシンでは使用できません。</translation>
        </message>
        <message>
            <source>Paste or type the installation ID the caller reads out, then press Enter.</source>
            <translation>電話の相手が読み上げるインストール ID を入力するか貼り付けて、Enter キーを押してください。</translation>
        </message>
        <message>
            <source>&amp;Installation ID:</source>
            <translation>インストール ID(&amp;I):</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Confirmation ID to read back:</source>
            <translation>読み上げる確認 ID:</translation>
        </message>
        <message>
            <source>&amp;Read aloud, one group at a time</source>
            <translation>1 グループずつ読み上げ(&amp;R)</translation>
        </message>
        <message>
            <source>Simulated confirmation ID for this installation ID. Read it back group by group.</source>
            <translation>このインストール ID に対する模擬の確認 ID です。グループごとに読み上げてください。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Close the activation centre (Esc)</source>
            <translation>模擬ライセンス認証窓口を閉じる (Esc)</translation>
        </message>
        <message>
            <source>Get &amp;confirmation ID</source>
            <translation>確認 ID を取得(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ApplyPage</name>
        <message>
            <source>Apply and verify</source>
            <translation>登録と状態の確認</translation>
        </message>
        <message>
            <source>Check the summary, then apply the confirmation ID. Activation Desk gives it to Windows and reads the licence status again.</source>
            <translation>内容を確認してから、確認 ID を登録してください。Activation Desk が確認 ID を Windows に渡し、ライセンスの状態をもう一度読み取ります。</translation>
        </message>
        <message>
            <source>Machine:</source>
            <translation>マシン:</translation>
        </message>
        <message>
            <source>Program and year:</source>
            <translation>プログラムと年:</translation>
        </message>
        <message>
            <source>Product key:</source>
            <translation>プロダクト キー:</translation>
        </message>
        <message>
            <source>Confirmation ID:</source>
            <translation>確認 ID:</translation>
        </message>
        <message>
            <source>&amp;Apply and verify</source>
            <translation>登録して状態を確認(&amp;A)</translation>
        </message>
        <message>
            <source>✗ Not activated</source>
            <translation>✗ ライセンス認証されていません</translation>
        </message>
        <message>
            <source>✗ Status unknown</source>
            <translation>✗ 状態を確認できません</translation>
        </message>
        <message>
            <source>Windows accepted the confirmation ID, but the status is still "%1". Check that the right ESU year was chosen, then generate a new installation ID and call again.</source>
            <translation>確認 ID は Windows に受け付けられましたが、状態はまだ「%1」です。正しい ESU の年を選んだか確認してから、インストール ID を生成し直して、もう一度電話してください。</translation>
        </message>
        <message>
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <source>%1 is activated on %2. This machine can now install the ESU security updates for this year.</source>
            <translation>%2 で %1 のライセンス認証が完了しました。このマシンに、この年の ESU セキュリティ更新プログラムをインストールできます。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::CallCentreView</name>
        <message>
            <source>&amp;New call</source>
            <translation>新しい通話(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Training mode (Simulation)</source>
            <translation>トレーニング モード (シミュレーション)(&amp;T)</translation>
        </message>
        <message>
            <source>SIMULATION — training mode: confirmation IDs come from the simulated activation centre and work only on simulated machines.</source>
            <translation>シミュレーション (トレーニング モード): 確認 ID は模擬ライセンス認証窓口が発行し、模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>1. The caller's installation ID</source>
            <translation>1. 発信者のインストール ID</translation>
        </message>
        <message>
            <source>Caller's &amp;machine name (optional):</source>
            <translation>発信者のマシン名 (省略可)(&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Program / year:</source>
            <translation>プログラム / 年(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Installation ID, as the caller reads it out (groups 1–9):</source>
            <translation>発信者が読み上げるインストール ID (グループ 1～9)(&amp;I):</translation>
        </message>
        <message>
            <source>2. The confirmation ID</source>
            <translation>2. 確認 ID</translation>
        </message>
        <message>
            <source>&amp;Confirmation ID from the activation line (groups A–H):</source>
            <translation>ライセンス認証窓口からの確認 ID (A～H)(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Read it back to the caller →</source>
            <translation>発信者に読み上げる(&amp;R) →</translation>
        </message>
        <message>
            <source>3. Read back, group by group</source>
            <translation>3. グループごとに読み上げて確認</translation>
        </message>
        <message>
            <source>Could not finish, &amp;because:</source>
            <translation>完了できなかった理由(&amp;B):</translation>
        </message>
        <message>
            <source>Calls this shift</source>
            <translation>このシフトの通話</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Simulation: this confirmation ID comes from the simulated centre and works only on simulated machines.</source>
            <translation>シミュレーション: この確認 ID は模擬ライセンス認証窓口が発行したもので、模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>Type the whole installation ID first.</source>
            <translation>先にインストール ID をすべて入力してください。</translation>
        </message>
        <message>
            <source>Type all eight groups (A–H) of the confirmation ID first.</source>
            <translation>先に確認 ID の 8 グループ (A～H) をすべて入力してください。</translation>
        </message>
        <message>
            <source>Read group A to the caller; tick it when they confirm, then go on to B.</source>
            <translation>グループ A を発信者に読み上げ、確認が取れたらチェックして B に進んでください。</translation>
        </message>
        <message>
            <source>The call could not be written to the journal (%1). Note it by hand.</source>
            <translation>通話をジャーナルに記録できませんでした (%1)。手書きで控えてください。</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失敗: %1</translation>
        </message>
        <message>
            <source>%1 (Simulation)</source>
            <translation>%1 (シミュレーション)</translation>
        </message>
        <message>
            <source>Tick every group A–H once the caller has confirmed it.</source>
            <translation>発信者が確認したら、グループ A～H をすべてチェックしてください。</translation>
        </message>
        <message>
            <source>Call journaled. Ready for the next caller.</source>
            <translation>通話をジャーナルに記録しました。次の発信者に対応できます。</translation>
        </message>
        <message>
            <source>Type why the call could not be finished.</source>
            <translation>通話を完了できなかった理由を入力してください。</translation>
        </message>
        <message>
            <source>Call journaled as failed. Ready for the next caller.</source>
            <translation>通話を失敗としてジャーナルに記録しました。次の発信者に対応できます。</translation>
        </message>
        <message numerus="yes">
            <source>Your calls of the last %n hour(s), from the journal</source>
            <translation>
                <numerusform>ジャーナルに記録された、直近 %n 時間のあなたの通話</numerusform>
            </translation>
        </message>
        <message>
            <source>The calls of this shift could not be read from the journal (%1).</source>
            <translation>このシフトの通話をジャーナルから読み込めませんでした (%1)。</translation>
        </message>
        <message>
            <source>&amp;Journal as failed</source>
            <translation>失敗としてジャーナルに記録(&amp;J)</translation>
        </message>
        <message>
            <source>The computer name looks like a full product key. Product keys are never recorded: remove it.</source>
            <translation>コンピューター名が完全なプロダクト キーのように見えます。プロダクト キーは記録しません。削除してください。</translation>
        </message>
        <message>
            <source>The reason holds what looks like a full product key. Product keys are never recorded: remove it, or keep only its last five characters.</source>
            <translation>理由に完全なプロダクト キーのようなものが含まれています。プロダクト キーは記録しません。削除するか、末尾の 5 文字だけを残してください。</translation>
        </message>
        <message>
            <source>Installation ID length:</source>
            <translation>インストール ID の桁数:</translation>
        </message>
        <message>
            <source>63 digits</source>
            <translation>63 桁</translation>
        </message>
        <message>
            <source>54 digits</source>
            <translation>54 桁</translation>
        </message>
        <message>
            <source>9 groups of 7 digits</source>
            <translation>7 桁 × 9 グループ</translation>
        </message>
        <message>
            <source>9 groups of 6 digits</source>
            <translation>6 桁 × 9 グループ</translation>
        </message>
        <message>
            <source>Ask the simulated centre (Simulation)</source>
            <translation>模擬ライセンス認証窓口に問い合わせ (シミュレーション)</translation>
        </message>
        <message>
            <source>&amp;Done — journal the call</source>
            <translation>完了 — 通話をジャーナルに記録(&amp;D)</translation>
        </message>
        <message>
            <source>e.g. caller hung up</source>
            <translation>例: 発信者が電話を切った</translation>
        </message>
        <message>
            <source>Activation line: %1</source>
            <translation>ライセンス認証窓口の電話番号: %1</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ConfirmationIdPage</name>
        <message>
            <source>You can also paste the whole confirmation ID into any group.</source>
            <translation>確認 ID 全体を、どのグループに貼り付けてもかまいません。</translation>
        </message>
        <message>
            <source>The installation ID has changed since this confirmation ID was typed, so it was cleared. A new confirmation ID is needed for the new installation ID.</source>
            <translation>この確認 ID を入力した後でインストール ID が変わったため、入力内容を消去しました。新しいインストール ID に対する新しい確認 ID が必要です。</translation>
        </message>
        <message>
            <source>Answer on a USB stick? Open the desk's response instead of typing:</source>
            <translation>回答が USB メモリで届いたときは、入力する代わりにデスクからの回答を開いてください:</translation>
        </message>
        <message>
            <source>&amp;Open response from the desk…</source>
            <translation>デスクからの回答を開く(&amp;O)…</translation>
        </message>
        <message>
            <source>✓ %1: %2</source>
            <translation>✓ %1: %2</translation>
        </message>
        <message>
            <source>The agent confirmed these digits: appl&amp;y them anyway (Windows checks them again)</source>
            <translation>担当者に確認済みの数字: このまま適用する (Windows が改めて検証します)(&amp;Y)</translation>
        </message>
        <message>
            <source>Report on the desk's response</source>
            <translation>デスクからの回答の処理結果</translation>
        </message>
        <message>
            <source>Type the confirmation ID as the agent reads it, group by group, A to H. Each group is checked as you type: if a group is marked wrong, ask the agent to repeat that whole group. F8 goes to the first wrong group.</source>
            <translation>担当者が読み上げる確認 ID を、A から H までグループごとに入力してください。各グループは入力と同時にチェックされます。誤りと表示されたグループは、担当者にグループ全体をもう一度読み上げてもらってください。F8 キーで最初の誤ったグループに移動します。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::DamagedJournalDialog</name>
        <message>
            <source>The journal cannot be used</source>
            <translation>ジャーナルを使用できません</translation>
        </message>
        <message>
            <source>The journal cannot be used. The activation is not affected.</source>
            <translation>ジャーナルを使用できません。ライセンス認証には影響ありません。</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>ファイル: %1</translation>
        </message>
        <message>
            <source>This file is kept exactly as it is, whatever you choose, so it can be rescued later.</source>
            <translation>どちらを選んでも、このファイルはそのまま残ります。後で復旧できます。</translation>
        </message>
        <message>
            <source>A fresh journal goes in the same folder, beside the old file, and records this session from now on. Without a journal, the activation works the same, but nothing from this session is recorded.</source>
            <translation>新しいジャーナルは古いファイルと同じフォルダーに作成され、このセッションの操作をこれから記録します。ジャーナルなしでもライセンス認証は同じように行えますが、このセッションの操作は何も記録されません。</translation>
        </message>
        <message>
            <source>&amp;Start a fresh journal beside it</source>
            <translation>同じフォルダーに新しいジャーナルを作成(&amp;S)</translation>
        </message>
        <message>
            <source>Continue &amp;without a journal</source>
            <translation>ジャーナルなしで続行(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::DeskQueueView</name>
        <message>
            <source>&amp;Open transfer files…</source>
            <translation>転送ファイルを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Training mode (Simulation)</source>
            <translation>トレーニング モード (シミュレーション)(&amp;T)</translation>
        </message>
        <message>
            <source>SIMULATION — training mode: confirmation IDs come from the simulated activation centre and work only on simulated machines.</source>
            <translation>シミュレーション (トレーニング モード): 確認 ID は模擬ライセンス認証窓口が発行し、模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>Requests waiting in the open transfer files</source>
            <translation>開いている転送ファイル内の要求</translation>
        </message>
        <message>
            <source>Installation ID — read it to the activation centre:</source>
            <translation>インストール ID — ライセンス認証窓口に読み上げてください:</translation>
        </message>
        <message>
            <source>&amp;Confirmation ID from the activation centre (groups A–H):</source>
            <translation>ライセンス認証窓口からの確認 ID (A～H)(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Use the confirmation ID from the journal</source>
            <translation>ジャーナルの確認 ID を使用(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>回答を記録(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. the activation line reported error 0xC004C008</source>
            <translation>例: ライセンス認証窓口でエラー 0xC004C008 と言われた</translation>
        </message>
        <message>
            <source>&amp;Mark failed</source>
            <translation>失敗として記録(&amp;M)</translation>
        </message>
        <message>
            <source>Open transfer files</source>
            <translation>転送ファイルを開く</translation>
        </message>
        <message>
            <source>Transfer files (*.adtx);;All files (*)</source>
            <translation>転送ファイル (*.adtx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Open a transfer file to see the requests waiting in it.</source>
            <translation>転送ファイルを開くと、待っている要求が表示されます。</translation>
        </message>
        <message>
            <source>Choose a request in the list.</source>
            <translation>一覧から要求を選んでください。</translation>
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation>%1 — %2 — %3</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>理由: %1</translation>
        </message>
        <message>
            <source>Confirmation ID: %1</source>
            <translation>確認 ID: %1</translation>
        </message>
        <message>
            <source>(Simulation)</source>
            <translation>(シミュレーション)</translation>
        </message>
        <message>
            <source>Already obtained: the journal holds a confirmation ID for this installation ID (%1, machine %2). Use it instead of calling again — that saves a MAK activation.</source>
            <translation>取得済み: このインストール ID の確認 ID がジャーナルにあります (%1、マシン %2)。もう一度電話せずにこれを使えば、MAK のライセンス認証回数を 1 回節約できます。</translation>
        </message>
        <message>
            <source>It was applied successfully before.</source>
            <translation>以前に正常に適用されています。</translation>
        </message>
        <message>
            <source>Type all eight groups (A–H) of the confirmation ID first.</source>
            <translation>先に確認 ID の 8 グループ (A～H) をすべて入力してください。</translation>
        </message>
        <message>
            <source>Type the reason first (for example the error the activation line gave).</source>
            <translation>先に理由を入力してください (例: ライセンス認証窓口で伝えられたエラー)。</translation>
        </message>
        <message>
            <source>Fi&amp;ll from the simulated centre (Simulation)</source>
            <translation>模擬ライセンス認証窓口から入力 (シミュレーション)(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Print sheets…</source>
            <translation>シートを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>One activation sheet per request still waiting for its confirmation ID</source>
            <translation>確認 ID を待っている要求ごとに 1 枚のライセンス認証シート</translation>
        </message>
        <message>
            <source>Save &amp;answers to the files</source>
            <translation>回答をファイルに保存(&amp;A)</translation>
        </message>
        <message>
            <source>Sa&amp;ve sheets as PDF…</source>
            <translation>シートを PDF に保存(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Why it failed:</source>
            <translation>失敗した理由(&amp;W):</translation>
        </message>
        <message>
            <source>Filter the requests: machine, program, status or file</source>
            <translation>要求の絞り込み: マシン、プログラム、状態、ファイル</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::DeviceWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 戻る(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>次へ(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>完了(&amp;D)</translation>
        </message>
        <message>
            <source>Help (F1)</source>
            <translation>ヘルプ (F1)</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::GroupedIdDisplay</name>
        <message>
            <source>Copy &amp;digits only</source>
            <translation>数字のみコピー(&amp;D)</translation>
        </message>
        <message>
            <source>Copy &amp;grouped</source>
            <translation>区切り付きでコピー(&amp;G)</translation>
        </message>
        <message>
            <source>Copied the digits without separators.</source>
            <translation>区切りなしの数字をコピーしました。</translation>
        </message>
        <message>
            <source>Copied the groups, separated by hyphens.</source>
            <translation>ハイフンで区切ったグループをコピーしました。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::HelpDialog</name>
        <message>
            <source>How phone activation works</source>
            <translation>電話によるライセンス認証の手順</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>Activating ESU by phone</source>
            <translation>ESU を電話でライセンス認証する</translation>
        </message>
        <message>
            <source>An ESU licence cannot be activated from "Activate Windows" in Control Panel (System and Security &gt; System). That only activates Windows itself.</source>
            <translation>ESU のライセンスは、[コントロール パネル] &gt; [システムとセキュリティ] &gt; [システム] の [Windows のライセンス認証] (Activate Windows) ではライセンス認証できません。ここでライセンス認証されるのは Windows 自体だけです。</translation>
        </message>
        <message>
            <source>Extended Security Updates (ESU) are a separate licence for each year. On a machine without an Internet connection, each year is activated by phone with this wizard, or with slmgr in an elevated command prompt.</source>
            <translation>拡張セキュリティ更新プログラム (ESU) は、年ごとに別のライセンスです。インターネットに接続されていないマシンでは、このウィザード、または管理者特権のコマンド プロンプトで slmgr を使用して、年ごとに電話でライセンス認証を行います。</translation>
        </message>
        <message>
            <source>Before you call</source>
            <translation>電話をかける前に</translation>
        </message>
        <message>
            <source>Install the prerequisite updates this machine needs, in the order shown on the first page, and restart.</source>
            <translation>最初のページに表示される順序で、このマシンに必要な前提条件の更新プログラムをインストールし、再起動します。</translation>
        </message>
        <message>
            <source>Have the ESU product key (MAK) for the year you are activating at hand.</source>
            <translation>ライセンス認証する年の ESU プロダクト キー (MAK) を手元に用意します。</translation>
        </message>
        <message>
            <source>The steps</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Choose the ESU year. Each year has its own activation ID.</source>
            <translation>ESU の年を選びます。年ごとに固有のライセンス認証 ID があります。</translation>
        </message>
        <message>
            <source>Install the ESU product key (slmgr /ipk).</source>
            <translation>ESU プロダクト キーをインストールします (slmgr /ipk)。</translation>
        </message>
        <message>
            <source>Generate the installation ID for that year's activation ID (slmgr /dti).</source>
            <translation>その年のライセンス認証 ID に対するインストール ID を生成します (slmgr /dti)。</translation>
        </message>
        <message>
            <source>Call the Microsoft activation line for your country or region and read out the installation ID, group by group. Read aloud shows one group at a time in large digits.</source>
            <translation>お客様の国または地域のマイクロソフト ライセンス認証窓口に電話をかけ、インストール ID をグループごとに読み上げます。[読み上げ] を使うと、1 グループずつ大きな数字で表示されます。</translation>
        </message>
        <message>
            <source>Type the confirmation ID the agent reads back: eight groups, A to H. A group marked wrong has a typing mistake; ask for that group again.</source>
            <translation>担当者が読み上げる確認 ID (A から H までの 8 グループ) を入力します。誤りと表示されたグループには入力ミスがあります。そのグループをもう一度読み上げてもらってください。</translation>
        </message>
        <message>
            <source>Apply the confirmation ID and check that the status is "Licensed" (slmgr /atp, then slmgr /dlv).</source>
            <translation>確認 ID を登録し、状態が「ライセンスされています」(Licensed) になったことを確認します (slmgr /atp の後に slmgr /dlv)。</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>キーボード操作</translation>
        </message>
        <message>
            <source>Simulation</source>
            <translation>シミュレーション</translation>
        </message>
        <message>
            <source>While the yellow SIMULATION banner is shown, Activation Desk works on a simulated machine for training. Use Simulation &gt; Activation centre as the activation line: its confirmation IDs work only on the simulated machine.</source>
            <translation>黄色の「シミュレーション」バナーが表示されている間、Activation Desk はトレーニング用の模擬マシンで動作しています。ライセンス認証窓口の代わりに [シミュレーション] &gt; [模擬ライセンス認証窓口] を使用してください。そこで得られる確認 ID は、模擬マシンでのみ有効です。</translation>
        </message>
        <message>
            <source>Without a phone line</source>
            <translation>電話が使えないとき</translation>
        </message>
        <message>
            <source>Scan the QR code on the installation ID step with a phone: it holds the digits only, for the activation web page or the desk.</source>
            <translation>インストール ID の手順の QR コードをスマートフォンで読み取ります。QR コードには数字だけが含まれ、ライセンス認証の Web ページやデスクで使えます。</translation>
        </message>
        <message>
            <source>Print the activation sheet, or save it as PDF: the desk writes the confirmation ID into boxes A to H, and you type it back in here.</source>
            <translation>ライセンス認証シートを印刷するか PDF に保存します。デスクが確認 ID を A～H の枠に書き込むので、それをここで入力します。</translation>
        </message>
        <message>
            <source>Save a request for the desk on a USB stick; at the desk the answers are saved into the same file. Back here, "Open response from the desk" on the confirmation ID step applies the answer meant for this machine.</source>
            <translation>デスクへの要求を USB メモリに保存します。デスクでは回答が同じファイルに保存されます。このマシンに戻ったら、確認 ID の手順の「デスクからの回答を開く」で、このマシン宛ての回答を適用します。</translation>
        </message>
        <message>
            <source>Enter or Alt+N: next step. Alt+B: back. F1: this help. In the ID fields a complete group moves on by itself, a key typed at the end of a full group goes into the next one (a wrong group stays marked, so keep typing along with the agent), Backspace in an empty group goes back to the previous one, and F8 goes to the first wrong group with its digits selected, to type the whole group again. In Read aloud, Space or the Right arrow shows the next group; Backspace or the Left arrow goes back; Esc closes it. Ctrl+1 to Ctrl+4 switch between the tabs: this machine, the desk, the call centre and the journal.</source>
            <translation>Enter キーまたは Alt+N: 次の手順へ。Alt+B: 戻る。F1: このヘルプ。ID の入力欄では、グループを入力し終えると自動的に次のグループへ移動し、入力済みのグループの末尾で入力を続けると次のグループに入ります (誤ったグループは印が付いたままなので、担当者に合わせて入力を続けてください)。空のグループで BackSpace キーを押すと前のグループに戻り、F8 キーを押すと最初の誤ったグループに移動して数字が選択されるので、グループ全体を入力し直せます。読み上げでは、Space キーまたは右方向キーで次のグループ、BackSpace キーまたは左方向キーで前のグループを表示し、Esc キーで閉じます。Ctrl+1～Ctrl+4 でタブを切り替えます (このマシン、デスク、電話受付、ジャーナル)。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::InstallationIdPage</name>
        <message>
            <source>Call the Microsoft activation line for your country or region. When asked, read out these nine groups. The agent then reads you the confirmation ID: write it down or type it on the next page.</source>
            <translation>お客様の国または地域のマイクロソフト ライセンス認証窓口に電話をかけてください。案内に従って、この 9 つのグループを読み上げてください。担当者が確認 ID を読み上げるので、メモするか次のページで入力してください。</translation>
        </message>
        <message>
            <source>&amp;Read aloud, one group at a time</source>
            <translation>1 グループずつ読み上げ(&amp;R)</translation>
        </message>
        <message>
            <source>Open the &amp;activation centre (simulation)</source>
            <translation>模擬ライセンス認証窓口を開く (シミュレーション)(&amp;A)</translation>
        </message>
        <message>
            <source>Simulation: the simulated activation centre plays the part of the activation line.</source>
            <translation>シミュレーション: 電話の代わりに模擬ライセンス認証窓口を使います。</translation>
        </message>
        <message>
            <source>For: %1 (activation ID %2)</source>
            <translation>対象: %1 (ライセンス認証 ID %2)</translation>
        </message>
        <message>
            <source>Scan with a phone:</source>
            <translation>スマートフォンで読み取り:</translation>
        </message>
        <message>
            <source>Include &amp;machine name in the QR code</source>
            <translation>QR コードにマシン名を含める(&amp;M)</translation>
        </message>
        <message>
            <source>No phone line? Take the installation ID to the activation desk on paper or on a USB stick:</source>
            <translation>電話が使えないときは、インストール ID を紙か USB メモリでライセンス認証デスクに届けてください:</translation>
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation>シートを印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Sa&amp;ve sheet as PDF…</source>
            <translation>シートを PDF に保存(&amp;V)…</translation>
        </message>
        <message>
            <source>Save request for the des&amp;k</source>
            <translation>デスクへの要求を保存(&amp;K)</translation>
        </message>
        <message>
            <source>For every ESU year of this machine that still needs activation…</source>
            <translation>このマシンでライセンス認証が必要なすべての ESU の年…</translation>
        </message>
        <message>
            <source>Only for %1…</source>
            <translation>%1 のみ…</translation>
        </message>
        <message>
            <source>QR code of the installation ID</source>
            <translation>インストール ID の QR コード</translation>
        </message>
        <message>
            <source>Print the activation sheet</source>
            <translation>ライセンス認証シートの印刷</translation>
        </message>
        <message>
            <source>The activation sheet was sent to the printer. Write the confirmation ID in boxes A–H and type it on the next page.</source>
            <translation>ライセンス認証シートをプリンターに送りました。確認 ID を A～H の枠に書き取り、次のページで入力してください。</translation>
        </message>
        <message>
            <source>Save the activation sheet as PDF</source>
            <translation>ライセンス認証シートを PDF に保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the activation sheet in %1. Print it, write the confirmation ID in boxes A–H, and type it on the next page.</source>
            <translation>ライセンス認証シートを %1 に保存しました。印刷して確認 ID を A～H の枠に書き取り、次のページで入力してください。</translation>
        </message>
        <message>
            <source>Activation line: %1</source>
            <translation>ライセンス認証窓口の電話番号: %1</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::MachinePage</name>
        <message>
            <source>Activation Desk reads the licensing state of this machine. ESU can be activated only when the ESU licences, which the prerequisite updates add, are present.</source>
            <translation>Activation Desk がこのマシンのライセンスの状態を読み取ります。ESU のライセンス認証は、前提条件の更新プログラムによって ESU のライセンスが追加されている場合にのみ行えます。</translation>
        </message>
        <message>
            <source>Computer name:</source>
            <translation>コンピューター名:</translation>
        </message>
        <message>
            <source>Windows:</source>
            <translation>Windows:</translation>
        </message>
        <message>
            <source>ESU licences on this machine</source>
            <translation>このマシンの ESU ライセンス</translation>
        </message>
        <message>
            <source>ESU licence</source>
            <translation>ESU ライセンス</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Installed key</source>
            <translation>インストール済みのキー</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>再確認(&amp;C)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>ending in %1</source>
            <translation>末尾 %1</translation>
        </message>
        <message>
            <source>No ESU licence is present on this machine yet, so an ESU key cannot be installed (it would fail with 0xC004F050).</source>
            <translation>このマシンにはまだ ESU のライセンスがないため、ESU キーをインストールできません (0xC004F050 エラーになります)。</translation>
        </message>
        <message>
            <source>Install these updates in this order, restart the machine, then choose Check again:</source>
            <translation>次の更新プログラムをこの順序でインストールし、マシンを再起動してから [再確認] を選んでください:</translation>
        </message>
        <message>
            <source>Install the ESU licensing preparation package for this Windows version, restart, then choose Check again.</source>
            <translation>この Windows バージョン用の ESU ライセンス準備パッケージをインストールし、再起動してから [再確認] を選んでください。</translation>
        </message>
        <message>
            <source>The ESU licences are present, but these prerequisite updates were not found. Install them if installing the key fails:</source>
            <translation>ESU のライセンスはありますが、次の前提条件の更新プログラムが見つかりません。キーのインストールに失敗する場合は、これらをインストールしてください:</translation>
        </message>
        <message>
            <source>The ESU licences are present. Choose Next to pick the year to activate.</source>
            <translation>ESU のライセンスがあります。[次へ] を選んで、ライセンス認証する年を選択してください。</translation>
        </message>
        <message>
            <source>Reading the licence state of this machine…</source>
            <translation>このマシンのライセンスの状態を読み取っています…</translation>
        </message>
        <message numerus="yes">
            <source>The simulated machine has not answered for %n second(s). Its state folder may be on a slow or disconnected drive. This page fills in by itself when it answers.</source>
            <translation>
                <numerusform>模擬マシンが %n 秒間応答していません。状態フォルダーが遅いドライブか切断されたドライブにある可能性があります。応答があれば、このページは自動的に表示されます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Windows' licensing service has not answered for %n second(s). It can take a few minutes after the machine starts. If this stays: open Services (services.msc), check that "Software Protection" is running or start it, and wait. This page fills in by itself when Windows answers.</source>
            <translation>
                <numerusform>Windows のライセンス サービスが %n 秒間応答していません。マシンの起動後、数分かかることがあります。このままの場合は、[サービス] (services.msc) を開き、「Software Protection」が実行中であることを確認するか開始して、お待ちください。Windows が応答すれば、このページは自動的に表示されます。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::MainWindow</name>
        <message>
            <source>SIMULATION: this is a simulated Windows machine for training and tests. Nothing here changes a real licence.</source>
            <translation>シミュレーション: トレーニングとテスト用の模擬 Windows マシンです。実際のライセンスは変更されません。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Simulation</source>
            <translation>シミュレーション(&amp;S)</translation>
        </message>
        <message>
            <source>Set up a simulated &amp;machine...</source>
            <translation>模擬マシンを準備(&amp;M)...</translation>
        </message>
        <message>
            <source>Activation &amp;centre...</source>
            <translation>模擬ライセンス認証窓口(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;How phone activation works</source>
            <translation>電話によるライセンス認証の手順(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Activation Desk</source>
            <translation>Activation Desk のバージョン情報(&amp;A)</translation>
        </message>
        <message>
            <source>Every step of every activation</source>
            <translation>すべてのライセンス認証の各手順の記録</translation>
        </message>
        <message>
            <source>The licensing service cannot be used, so nothing can be activated.
%1</source>
            <translation>ライセンス サービスを使用できないため、ライセンス認証を行えません。
%1</translation>
        </message>
        <message>
            <source>Activation Desk (simulation)</source>
            <translation>Activation Desk (シミュレーション)</translation>
        </message>
        <message>
            <source>Activation Desk</source>
            <translation>Activation Desk</translation>
        </message>
        <message>
            <source>Machine %1, %2</source>
            <translation>マシン %1、%2</translation>
        </message>
        <message>
            <source>Simulated licensing</source>
            <translation>模擬ライセンス サービス</translation>
        </message>
        <message>
            <source>%1 (simulated licensing)</source>
            <translation>%1 (模擬ライセンス サービス)</translation>
        </message>
        <message>
            <source>A new simulated machine is ready.</source>
            <translation>新しい模擬マシンを準備しました。</translation>
        </message>
        <message>
            <source>Quit Activation Desk?</source>
            <translation>Activation Desk を終了しますか?</translation>
        </message>
        <message>
            <source>What you typed (a product key or confirmation ID) has not been used yet and will be lost.</source>
            <translation>入力した内容 (プロダクト キーまたは確認 ID) はまだ使用されていないため、失われます。</translation>
        </message>
        <message>
            <source>&amp;Quit anyway</source>
            <translation>終了する(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>作業を続ける(&amp;K)</translation>
        </message>
        <message>
            <source>Activate this machine</source>
            <translation>このマシンのライセンス認証</translation>
        </message>
        <message>
            <source>Activate this machine step by step</source>
            <translation>このマシンを手順に沿ってライセンス認証します</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>ジャーナル</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ProductKeyPage</name>
        <message>
            <source>Install a &amp;different key</source>
            <translation>別のキーをインストールする(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Install key</source>
            <translation>キーをインストール(&amp;I)</translation>
        </message>
        <message>
            <source>The key goes to Windows only. Activation Desk never saves it, and once it is installed shows only its last five characters.</source>
            <translation>キーは Windows にのみ渡されます。Activation Desk はキーを保存せず、インストール後は末尾の 5 文字だけを表示します。</translation>
        </message>
        <message>
            <source>A key is already installed for %1. Keep it, or install a different one.</source>
            <translation>%1 用のキーは既にインストールされています。そのまま使用するか、別のキーをインストールしてください。</translation>
        </message>
        <message>
            <source>Type the ESU product key (MAK) for %1.</source>
            <translation>%1 の ESU プロダクト キー (MAK) を入力してください。</translation>
        </message>
        <message>
            <source>&amp;Use the installed key %1</source>
            <translation>インストール済みのキー %1 を使用する(&amp;U)</translation>
        </message>
        <message>
            <source>Windows installed this key for %1, so the activation continues with that year.</source>
            <translation>Windows がこのキーを %1 用としてインストールしたため、その年でライセンス認証を続けます。</translation>
        </message>
        <message>
            <source>Key installed. Only its last five characters are kept:
%1</source>
            <translation>キーをインストールしました。保持するのは末尾の 5 文字だけです:
%1</translation>
        </message>
        <message>
            <source>Installing a product key needs an administrator, and Activation Desk is not running as one: Windows would refuse the key (0xC004F025). Close Activation Desk and start it again with "Run as administrator".</source>
            <translation>プロダクト キーのインストールには管理者権限が必要ですが、Activation Desk は管理者として実行されていません。このままでは Windows がキーを拒否します (0xC004F025)。Activation Desk を閉じ、「管理者として実行」で起動し直してください。</translation>
        </message>
        <message>
            <source>&amp;Restart as administrator</source>
            <translation>管理者として再起動(&amp;R)</translation>
        </message>
        <message>
            <source>Installing a product key needs an administrator, and Activation Desk is not running as one: Windows would refuse the key (0xC004F025). Choose Restart as administrator: Activation Desk comes back at this step, with the year and anything you typed.</source>
            <translation>プロダクト キーのインストールには管理者権限が必要ですが、Activation Desk は管理者として実行されていません。このままでは Windows がキーを拒否します (0xC004F025)。[管理者として再起動] を選んでください。Activation Desk はこの手順に戻り、選んだ年と入力済みの内容もそのまま引き継がれます。</translation>
        </message>
        <message>
            <source>Activation Desk could not restart as administrator: %1</source>
            <translation>Activation Desk を管理者として再起動できませんでした: %1</translation>
        </message>
        <message>
            <source>The product key for %1 is installed. Choose Next to get the installation ID.</source>
            <translation>%1 のプロダクト キーをインストールしました。[次へ] を選んで、インストール ID を取得してください。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ProgramPage</name>
        <message>
            <source>Choose the ESU year to activate. The first year that is not licensed yet is already selected. Years are activated one at a time, in order.</source>
            <translation>ライセンス認証する ESU の年を選んでください。まだライセンスされていない最初の年があらかじめ選択されています。年は 1 つずつ順番にライセンス認証します。</translation>
        </message>
        <message>
            <source>ESU programs and years</source>
            <translation>ESU プログラムと年</translation>
        </message>
        <message>
            <source>Program and year</source>
            <translation>プログラムと年</translation>
        </message>
        <message>
            <source>Status on this machine</source>
            <translation>このマシンでの状態</translation>
        </message>
        <message>
            <source>Activation ID:</source>
            <translation>ライセンス認証 ID:</translation>
        </message>
        <message>
            <source>&amp;Copy activation ID</source>
            <translation>ライセンス認証 ID をコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Not present on this machine</source>
            <translation>このマシンにはありません</translation>
        </message>
        <message>
            <source>Source of this activation ID: %1</source>
            <translation>このライセンス認証 ID の出典: %1</translation>
        </message>
        <message>
            <source>This year is already licensed on this machine. Activating it again is possible but not needed.</source>
            <translation>この年は、このマシンで既にライセンスされています。もう一度ライセンス認証することもできますが、必要ありません。</translation>
        </message>
        <message>
            <source>This year is not present on this machine. Installing its key will fail until the prerequisite updates are installed.</source>
            <translation>この年はこのマシンにありません。前提条件の更新プログラムをインストールするまで、キーのインストールは失敗します。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadAloudDialog</name>
        <message>
            <source>Read aloud: confirmation ID</source>
            <translation>読み上げ: 確認 ID</translation>
        </message>
        <message>
            <source>Read aloud: installation ID</source>
            <translation>読み上げ: インストール ID</translation>
        </message>
        <message>
            <source>Space or →: next group    Backspace or ←: back    Esc: close</source>
            <translation>Space または →: 次のグループ    BackSpace または ←: 前のグループ    Esc: 閉じる</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadAloudView</name>
        <message>
            <source>← Previous group</source>
            <translation>← 前のグループ</translation>
        </message>
        <message>
            <source>Next group →</source>
            <translation>次のグループ →</translation>
        </message>
        <message>
            <source>Group %1 of %2 (last group)</source>
            <translation>グループ %1 / %2 (最後のグループ)</translation>
        </message>
        <message>
            <source>Group %1 of %2</source>
            <translation>グループ %1 / %2</translation>
        </message>
        <message>
            <source>Finish reading →</source>
            <translation>読み上げ終了 →</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadBackPanel</name>
        <message>
            <source>Confirmed by caller</source>
            <translation>発信者が確認</translation>
        </message>
        <message>
            <source>Group %1 confirmed by caller</source>
            <translation>グループ %1 を発信者が確認</translation>
        </message>
        <message>
            <source>Confirmation ID group %1: %2</source>
            <translation>確認 ID グループ %1: %2</translation>
        </message>
        <message>
            <source>The confirmation ID appears here for reading back.</source>
            <translation>読み上げ確認用の確認 ID がここに表示されます。</translation>
        </message>
        <message>
            <source>✓ All eight groups confirmed by the caller.</source>
            <translation>✓ 8 グループすべてを発信者が確認しました。</translation>
        </message>
        <message>
            <source>Read each group to the caller and tick it when they confirm it: %1 of 8 confirmed.</source>
            <translation>確認済み: %1 / 8 グループ。各グループを発信者に読み上げ、確認が取れたらチェックしてください。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::SimulatedMachineDialog</name>
        <message>
            <source>Set up a simulated machine</source>
            <translation>模擬マシンの準備</translation>
        </message>
        <message>
            <source>SIMULATION: for training and tests only</source>
            <translation>シミュレーション: トレーニングとテスト専用</translation>
        </message>
        <message>
            <source>Usual for this Windows version</source>
            <translation>この Windows バージョンの標準</translation>
        </message>
        <message>
            <source>54 digits (9 groups of 6)</source>
            <translation>54 桁 (6 桁 × 9 グループ)</translation>
        </message>
        <message>
            <source>63 digits (9 groups of 7)</source>
            <translation>63 桁 (7 桁 × 9 グループ)</translation>
        </message>
        <message>
            <source>The ESU &amp;prerequisite updates are installed</source>
            <translation>ESU の前提条件の更新プログラムをインストール済みにする(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Windows version:</source>
            <translation>Windows バージョン(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Computer name:</source>
            <translation>コンピューター名(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Installation ID length:</source>
            <translation>インストール ID の桁数(&amp;I):</translation>
        </message>
        <message>
            <source>The simulated machine is kept in %1. Setting up a new one replaces it, including its keys and licences.</source>
            <translation>模擬マシンは %1 に保存されています。新しいマシンを準備すると、キーとライセンスを含めて置き換えられます。</translation>
        </message>
        <message>
            <source>&amp;Set up</source>
            <translation>準備(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::StepList</name>
        <message>
            <source>Apply and verify</source>
            <translation>登録と状態の確認</translation>
        </message>
        <message>
            <source>Current step: %1</source>
            <translation>現在の手順: %1</translation>
        </message>
        <message>
            <source>Current step, done: %1</source>
            <translation>現在の手順 (完了): %1</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>完了: %1</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::TransferActions</name>
        <message>
            <source>Activation Desk transfer files (*.adtx);;All files (*)</source>
            <translation>Activation Desk 転送ファイル (*.adtx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save the request for the activation desk</source>
            <translation>ライセンス認証デスクへの要求を保存</translation>
        </message>
        <message>
            <source>No ESU product is present on this machine. Install the prerequisite updates first (see step 1).</source>
            <translation>このマシンには ESU 製品がありません。先に前提条件の更新プログラムをインストールしてください (手順 1 を参照)。</translation>
        </message>
        <message>
            <source>%1: the file already holds the desk's answer. Open it on the next page.</source>
            <translation>%1: ファイルには既にデスクからの回答があります。次のページで開いてください。</translation>
        </message>
        <message>
            <source>%1: this request was already in the file, waiting for the desk.</source>
            <translation>%1: この要求は既にファイルにあり、デスクの回答を待っています。</translation>
        </message>
        <message>
            <source>%1: already licensed, no request needed.</source>
            <translation>%1: 既にライセンス認証済みです。要求は不要です。</translation>
        </message>
        <message>
            <source>%1: no product key installed; install the ESU key first.</source>
            <translation>%1: プロダクト キーがインストールされていません。先に ESU のキーをインストールしてください。</translation>
        </message>
        <message>
            <source>%1: not present on this machine.</source>
            <translation>%1: このマシンにはありません。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Nothing was saved: no ESU year of this machine needs a request.</source>
            <translation>何も保存していません: このマシンには要求が必要な ESU の年がありません。</translation>
        </message>
        <message>
            <source>Request for %1 saved in %2. Take it to the activation desk; open the answer on the next page.</source>
            <translation>%1 の要求を %2 に保存しました。ライセンス認証デスクへ持って行き、回答は次のページで開いてください。</translation>
        </message>
        <message>
            <source>Open the response from the activation desk</source>
            <translation>ライセンス認証デスクからの回答を開く</translation>
        </message>
        <message>
            <source>Nothing was applied and nothing was changed.</source>
            <translation>何も適用せず、何も変更していません。</translation>
        </message>
        <message>
            <source>%1: applied. Licensed.</source>
            <translation>%1: 適用しました。ライセンス認証済みです。</translation>
        </message>
        <message>
            <source>%1: already licensed; nothing to do.</source>
            <translation>%1: 既にライセンス認証済みです。何もする必要はありません。</translation>
        </message>
        <message>
            <source>%1: not answered yet. The desk has not entered a confirmation ID for it.</source>
            <translation>%1: まだ回答がありません。デスクで確認 ID が入力されていません。</translation>
        </message>
        <message>
            <source>%1: the desk could not get a confirmation ID. Reason given: %2</source>
            <translation>%1: デスクで確認 ID を取得できませんでした。理由: %2</translation>
        </message>
        <message>
            <source>%1: refused. The installation ID of this machine has changed since the request was saved (the key was reinstalled or the hardware changed), so this answer cannot work. Save a new request.</source>
            <translation>%1: 拒否しました。要求を保存した後でこのマシンのインストール ID が変わったため (キーの再インストールまたはハードウェアの変更)、この回答は使えません。新しい要求を保存してください。</translation>
        </message>
        <message>
            <source>%1: refused. No product key is installed for it any more.</source>
            <translation>%1: 拒否しました。この製品のプロダクト キーはもうインストールされていません。</translation>
        </message>
        <message>
            <source>%1: the confirmation ID was not accepted. %2</source>
            <translation>%1: 確認 ID が受け付けられませんでした。%2</translation>
        </message>
        <message>
            <source>%1: the confirmation ID was given to Windows, but the product is %2, not licensed.</source>
            <translation>%1: 確認 ID を Windows に登録しましたが、製品の状態は %2 で、ライセンス認証されていません。</translation>
        </message>
        <message>
            <source>This file holds no request from this machine (%1). Was the request saved on this machine?</source>
            <translation>このファイルには、このマシン (%1) からの要求がありません。要求はこのマシンで保存しましたか?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) for other machines left untouched.</source>
            <translation>
                <numerusform>他のマシンの項目 %n 件はそのままにしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>The licences above are applied, but the file could not be updated: %1</source>
            <translation>上記のライセンスは適用しましたが、ファイルを更新できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskController</name>
        <message>
            <source>%1 is already open with answers not saved yet. Save them first.</source>
            <translation>%1 は既に開いていて、保存していない回答があります。先に保存してください。</translation>
        </message>
        <message numerus="yes">
            <source>Opened %1: %n request(s) waiting for a confirmation ID.</source>
            <translation>
                <numerusform>%1 を開きました: 確認 ID を待っている要求が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Take the file back to the machines to apply the answers.</source>
            <translation>保存しました。ファイルを各マシンに持ち帰って回答を適用してください。</translation>
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation>保存するものはありません。</translation>
        </message>
        <message>
            <source>The answer was kept but could not be written to the journal (%1).</source>
            <translation>回答は保持しましたが、ジャーナルに書き込めませんでした (%1)。</translation>
        </message>
        <message>
            <source>Answer recorded for %1. Save when you are done.</source>
            <translation>%1 の回答を記録しました。終わったら保存してください。</translation>
        </message>
        <message>
            <source>%1 marked failed. Save when you are done.</source>
            <translation>%1 を失敗として記録しました。終わったら保存してください。</translation>
        </message>
        <message>
            <source>Simulation: the simulated centre answered %1. This confirmation ID works only on simulated machines.</source>
            <translation>シミュレーション: 模擬ライセンス認証窓口が %1 に回答しました。この確認 ID は模擬マシンでのみ使用できます。</translation>
        </message>
        <message>
            <source>The journal could not be searched for a confirmation ID already obtained.</source>
            <translation>取得済みの確認 ID をジャーナルで検索できませんでした。</translation>
        </message>
        <message>
            <source>No request is waiting for a confirmation ID: no sheet to make.</source>
            <translation>確認 ID を待っている要求がないため、作成するシートはありません。</translation>
        </message>
        <message>
            <source>Print the activation sheets</source>
            <translation>ライセンス認証シートの印刷</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n activation sheet(s) to the printer.</source>
            <translation>
                <numerusform>ライセンス認証シート %n 枚をプリンターに送りました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the activation sheets as PDF</source>
            <translation>ライセンス認証シートを PDF に保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n activation sheet(s) in %1.</source>
            <translation>
                <numerusform>ライセンス認証シート %n 枚を %1 に保存しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskOnlinePanel</name>
        <message>
            <source>Proxy sign-in</source>
            <translation>プロキシへのサインイン</translation>
        </message>
        <message>
            <source>The proxy asks for a user name and password. They are used for this fetch only and never saved.</source>
            <translation>プロキシがユーザー名とパスワードを求めています。今回の取得にだけ使い、保存しません。</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>ユーザー名(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>パスワード(&amp;W):</translation>
        </message>
        <message>
            <source>Get confirmation &amp;IDs online</source>
            <translation>オンラインで確認 ID を取得(&amp;I)</translation>
        </message>
        <message>
            <source>Ask Microsoft's activation service (as VAMT does, for a MAK) for every request still waiting; confirmation IDs already in the journal are reused.</source>
            <translation>回答待ちの要求すべてについて、Microsoft のライセンス認証サービスに問い合わせます (VAMT と同じ方法、MAK 用)。ジャーナルにある確認 ID は再利用します。</translation>
        </message>
        <message>
            <source>&amp;Number of activations left</source>
            <translation>残りのライセンス認証回数(&amp;N)</translation>
        </message>
        <message>
            <source>Cancel onlin&amp;e fetch</source>
            <translation>オンライン取得をキャンセル(&amp;E)</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>要求</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>回答待ち</translation>
        </message>
        <message>
            <source>Reused from the journal: no MAK activation spent</source>
            <translation>ジャーナルから再利用: MAK のライセンス認証回数は使っていません</translation>
        </message>
        <message>
            <source>Simulated machine: not sent to Microsoft (use training mode)</source>
            <translation>模擬マシン: Microsoft には送りません (トレーニング モードを使ってください)</translation>
        </message>
        <message>
            <source>No request is waiting: there is no MAK to ask about.</source>
            <translation>回答待ちの要求がないため、問い合わせる MAK がありません。</translation>
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left.</source>
            <translation>拡張 PID %1 の MAK の残りライセンス認証回数は %2 回です。</translation>
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left, and this fetch asks for %3: the requests beyond that will fail with 0x7F.</source>
            <translation>拡張 PID %1 の MAK の残りライセンス認証回数は %2 回で、今回は %3 件を要求します。超えた分の要求は 0x7F で失敗します。</translation>
        </message>
        <message>
            <source>Answered: %1</source>
            <translation>回答済み: %1</translation>
        </message>
        <message>
            <source>Answered, but the item no longer takes an answer</source>
            <translation>回答を受け取りましたが、この項目はもう回答を受け付けません</translation>
        </message>
        <message>
            <source>%1 answered online, %2 from the journal, %3 failed, %4 not answered. Save the answers to the files when you are done.</source>
            <translation>オンラインで回答 %1 件、ジャーナルから %2 件、失敗 %3 件、未回答 %4 件。終わったら回答をファイルに保存してください。</translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskQueueModel</name>
        <message>
            <source>%1 (simulated machine)</source>
            <translation>%1 (模擬マシン)</translation>
        </message>
        <message>
            <source>%1 — Simulation</source>
            <translation>%1 — シミュレーション</translation>
        </message>
        <message>
            <source>%1 (not saved yet)</source>
            <translation>%1 (未保存)</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>マシン</translation>
        </message>
        <message>
            <source>Program / year</source>
            <translation>プログラム / 年</translation>
        </message>
        <message>
            <source>Installation ID</source>
            <translation>インストール ID</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
    </context>
</TS>
