<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>PresetStore</name>
    <message>
        <location filename="../app/store/PresetStore.cpp" line="+102"/>
        <source>A first run to try: a lighthouse from dawn to a starry night, 256×256, quick and cheap.</source>
        <translation>Ein erster Lauf zum Ausprobieren: ein Leuchtturm von der Morgendämmerung bis zur Sternennacht, 256×256, schnell und günstig.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Quick draft 256px</source>
        <translation>Schneller Entwurf 256 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fast, cheap look at an idea: 256×256, few denoising steps and frames.</source>
        <translation>Ein schneller, günstiger Blick auf eine Idee: 256×256, wenige Entrauschungsschritte und Bilder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smooth loop ping-pong MP4</source>
        <translation>Fließende Ping-Pong-Schleife als MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plays forth and back so it loops seamlessly; many FILM-interpolated frames at 24 fps, as MP4.</source>
        <translation>Läuft vor und zurück und wiederholt sich so nahtlos; viele FILM-interpolierte Bilder mit 24 fps, als MP4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch it develop (intermediate frames)</source>
        <translation>Entstehung verfolgen (Zwischenbilder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams every keyframe as a PNG while the animation is generated.</source>
        <translation>Liefert jedes Schlüsselbild als PNG, während die Animation erzeugt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High detail 768px</source>
        <translation>Hohe Detailtreue 768 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>768×768 with more denoising steps and stronger prompt guidance; slower and costlier.</source>
        <translation>768×768 mit mehr Entrauschungsschritten und stärkerer Prompt-Führung; langsamer und teurer.</translation>
    </message>
    <message>
        <location filename="../app/store/PresetStore.h" line="+46"/>
        <source>First animation (example)</source>
        <translation>Erste Animation (Beispiel)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+87"/>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The prediction history could not be opened: %1
Runs still work, but they are not remembered.</source>
        <translation>Der Vorhersageverlauf konnte nicht geöffnet werden: %1
Läufe funktionieren weiterhin, werden aber nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::AccountCheck</name>
    <message>
        <location filename="../app/api/AccountCheck.cpp" line="+36"/>
        <source>Paste your Replicate API token first (replicate.com/account/api-tokens).</source>
        <translation>Zuerst das Replicate-API-Token einfügen (replicate.com/account/api-tokens).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is longer than any Replicate API token (more than %1 bytes); paste only the token.</source>
        <translation>Das ist länger als jedes Replicate-API-Token (mehr als %1 Bytes); nur das Token einfügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token has no spaces or line breaks inside; paste only the token.</source>
        <translation>Ein Token enthält keine Leerzeichen oder Zeilenumbrüche; nur das Token einfügen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 did not accept this token (HTTP 401). Copy it again from replicate.com/account/api-tokens; nothing was saved.</source>
        <translation>%1 hat dieses Token nicht angenommen (HTTP 401). Es erneut von replicate.com/account/api-tokens kopieren; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1 to check the token (%2). Nothing was saved; check the connection, or go on offline.</source>
        <translation>%1 war nicht erreichbar, um das Token zu prüfen (%2). Nichts wurde gespeichert; die Verbindung prüfen oder offline weitermachen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered, but not with a Replicate account (no username); check the API base URL. Nothing was saved.</source>
        <translation>%1 hat geantwortet, aber nicht mit einem Replicate-Konto (kein Benutzername); die API-Basis-URL prüfen. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+86"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the server&apos;s answer is larger than the limit of %1 and was not read</source>
        <translation>die Antwort des Servers ist größer als die Grenze von %1 und wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server redirected the request to %1, outside the API base %2; the redirect was not followed</source>
        <translation>der Server hat die Anfrage nach %1 umgeleitet, außerhalb der API-Basis %2; der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server&apos;s response was not valid JSON (%1)</source>
        <translation>die Antwort des Servers war kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>sdanim::api::ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+150"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the server (%1). Check your internet connection and the API base URL in Settings.</source>
        <translation>Der Server ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung und die API-Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server rejected the API token (%1). Check the token in Settings.</source>
        <translation>Der Server hat das API-Token abgelehnt (%1). Prüfen Sie das Token in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unauthenticated</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Replicate account has insufficient credit. Buy credit at %1, then wait a few minutes before trying again.</source>
        <translation>Ihr Replicate-Konto hat nicht genug Guthaben. Kaufen Sie Guthaben unter %1 und warten Sie dann einige Minuten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused access (%1). Check that the token belongs to an account that may use this model.</source>
        <translation>Der Server hat den Zugriff verweigert (%1). Prüfen Sie, ob das Token zu einem Konto gehört, das dieses Modell verwenden darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this resource (%1). It may have been removed, or the base URL or model name in Settings is wrong.</source>
        <translation>Der Server kennt diese Ressource nicht (%1). Sie wurde vielleicht entfernt, oder die Basis-URL bzw. der Modellname in den Einstellungen ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was too large for the server (%1).</source>
        <translation>Die Anfrage war zu groß für den Server (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some inputs are not valid; fix the marked fields and try again:
%1</source>
        <translation>Einige Eingaben sind ungültig; korrigieren Sie die markierten Felder und versuchen Sie es erneut:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many requests: the server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunde zu warten, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Zu viele Anfragen: Der Server bittet, %n Sekunden zu warten, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests: wait a moment before trying again.</source>
        <translation>Zu viele Anfragen: Warten Sie einen Moment, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem (HTTP %1%2). Try again in a moment.</source>
        <translation>Beim Server ist ein Problem aufgetreten (HTTP %1%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed with HTTP %1%2.</source>
        <translation>Die Anfrage ist mit HTTP %1%2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::CogBackend</name>
    <message>
        <location filename="../app/api/CogBackend.cpp" line="+66"/>
        <source>Local Cog container (%1)</source>
        <translation>Lokaler Cog-Container (%1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 does not look like a Cog container: its answer to GET /health-check is larger than the limit of %2 and was not read.</source>
        <translation>%1 scheint kein Cog-Container zu sein: seine Antwort auf GET /health-check ist größer als die Grenze von %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the Cog container at %1 (%2). Is it running? Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3</source>
        <translation>Der Cog-Container unter %1 ist nicht erreichbar (%2). Läuft er? Starten Sie ihn mit: docker run -p 5000:5000 --gpus=all r8.im/%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not look like a Cog container (GET /health-check answered HTTP %2).</source>
        <translation>%1 scheint kein Cog-Container zu sein (GET /health-check antwortete mit HTTP %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Cog container at %1 is ready.</source>
        <translation>Der Cog-Container unter %1 ist bereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Cog container at %1 is busy with a prediction.</source>
        <translation>Der Cog-Container unter %1 ist mit einer Vorhersage beschäftigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Cog container at %1 is still loading the model.</source>
        <translation>Der Cog-Container unter %1 lädt noch das Modell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Cog container at %1 is not usable (status %2): %3</source>
        <translation>Der Cog-Container unter %1 ist nicht nutzbar (Status %2): %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not look like a Cog container: its answer to GET / is larger than the limit of %2 and was not read.</source>
        <translation>%1 scheint kein Cog-Container zu sein: seine Antwort auf GET / ist größer als die Grenze von %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The container at %1 runs an old Cog server (0.6 or older): runs work, but without progress reports and without cancel.</source>
        <translation>Im Container unter %1 läuft ein alter Cog-Server (0.6 oder älter): Läufe funktionieren, aber ohne Fortschrittsmeldungen und ohne Abbruch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not look like a Cog container (no /health-check, GET / answered HTTP %2).</source>
        <translation>%1 scheint kein Cog-Container zu sein (kein /health-check, GET / antwortete mit HTTP %2).</translation>
    </message>
</context>
<context>
    <name>sdanim::api::CogJob</name>
    <message>
        <location filename="../app/api/CogJob.cpp" line="+95"/>
        <source>The container did not confirm the cancellation in time; stopped waiting for it.</source>
        <translation>Der Container hat den Abbruch nicht rechtzeitig bestätigt; das Warten darauf wurde beendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Cog backend is gone.</source>
        <translation>Das Cog-Backend ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not look like a Cog container: its answer to GET /health-check is larger than the limit of %2 and was not read.</source>
        <translation>%1 scheint kein Cog-Container zu sein: seine Antwort auf GET /health-check ist größer als die Grenze von %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot reach the Cog container at %1: %2. Is it running? Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3</source>
        <translation>der Cog-Container unter %1 ist nicht erreichbar: %2. Läuft er? Starten Sie ihn mit: docker run -p 5000:5000 --gpus=all r8.im/%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Cog container at %1 answered its health check with HTTP %2.</source>
        <translation>Der Cog-Container unter %1 hat die Zustandsprüfung mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not look like a Cog container (GET /health-check answered HTTP %2).</source>
        <translation>%1 scheint kein Cog-Container zu sein (GET /health-check antwortete mit HTTP %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cog container at %1 is still loading the model after %2 s.</source>
        <translation>Der Cog-Container unter %1 lädt nach %2 s immer noch das Modell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The container is still loading the model; waiting for it to be ready…</source>
        <translation>Der Container lädt noch das Modell; es wird gewartet, bis er bereit ist …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Cog container at %1 is busy with another prediction; it runs one at a time. Try again when it is done.</source>
        <translation>Der Cog-Container unter %1 ist mit einer anderen Vorhersage beschäftigt; er führt immer nur eine aus. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Cog container at %1 cannot run predictions (status %2). Its setup log ends with: %3</source>
        <translation>Der Cog-Container unter %1 kann keine Vorhersagen ausführen (Status %2). Sein Einrichtungsprotokoll endet mit: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This container runs an old Cog server (0.6 or older): there is no progress until the run ends, and it cannot be canceled.</source>
        <translation>In diesem Container läuft ein alter Cog-Server (0.6 oder älter): Bis zum Ende des Laufs gibt es keinen Fortschritt, und er kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The container&apos;s answer to the run is larger than the limit of %1 and was not read.</source>
        <translation>Die Antwort des Containers auf den Lauf ist größer als die Grenze von %1 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The container&apos;s answer is not valid JSON.</source>
        <translation>Die Antwort des Containers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The container is still running this prediction but the app cannot follow it without webhooks.</source>
        <translation>Der Container führt diese Vorhersage noch aus, aber die App kann sie ohne Webhooks nicht verfolgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The container ended the request without a final status.</source>
        <translation>Der Container hat die Anfrage ohne Endstatus beendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lost the connection to the container at %1 (%2). An old Cog server finishes the run anyway but cannot hand its result to anyone else.</source>
        <translation>Die Verbindung zum Container unter %1 ist abgerissen (%2). Ein alter Cog-Server beendet den Lauf trotzdem, kann das Ergebnis aber niemand anderem übergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost the connection to the container at %1 (%2).</source>
        <translation>Die Verbindung zum Container unter %1 ist abgerissen (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cog container at %1 is busy with another prediction; it runs one at a time.</source>
        <translation>Der Cog-Container unter %1 ist mit einer anderen Vorhersage beschäftigt; er führt immer nur eine aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model failed inside the container (HTTP 500 Internal Server Error). Old Cog servers (0.6 or older) do not pass the error message on; the container&apos;s log (docker logs) shows it. A prompt flagged by the safety checker is the most common cause.</source>
        <translation>Das Modell ist im Container fehlgeschlagen (HTTP 500 Internal Server Error). Alte Cog-Server (0.6 oder älter) geben die Fehlermeldung nicht weiter; das Protokoll des Containers (docker logs) zeigt sie. Die häufigste Ursache ist ein Prompt, den der Sicherheitsfilter beanstandet hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The container at %1 answered HTTP %2: %3</source>
        <translation>Der Container unter %1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Stopped waiting for the run. This container runs an old Cog server (0.6 or older), which cannot cancel: it finishes the run anyway and refuses new predictions until then.</source>
        <translation>Das Warten auf den Lauf wurde beendet. In diesem Container läuft ein alter Cog-Server (0.6 oder älter), der nicht abbrechen kann: Er beendet den Lauf trotzdem und lehnt bis dahin neue Vorhersagen ab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The container is stopping the run.</source>
        <translation>Der Container beendet den Lauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach the container to cancel the run (%1).</source>
        <translation>Der Container war zum Abbrechen des Laufs nicht erreichbar (%1).</translation>
    </message>
</context>
<context>
    <name>sdanim::api::CogWebhookReceiver</name>
    <message>
        <location filename="../app/api/CogWebhookReceiver.cpp" line="+120"/>
        <source>Cannot open a local port for the container&apos;s progress reports.</source>
        <translation>Für die Fortschrittsmeldungen des Containers kann kein lokaler Port geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::DataUri</name>
    <message>
        <location filename="../app/api/DataUri.cpp" line="+53"/>
        <source>Not a data: URI.</source>
        <translation>Keine data:-URI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data: URI has no comma before its payload.</source>
        <translation>Die data:-URI hat kein Komma vor ihren Nutzdaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data: URI has an invalid media type &quot;%1&quot;.</source>
        <translation>Die data:-URI hat einen ungültigen Medientyp „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The data: URI holds about %1, more than the limit of %2.</source>
        <translation>Die data:-URI enthält etwa %1, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The data: URI&apos;s base64 payload is corrupt.</source>
        <translation>Die Base64-Nutzdaten der data:-URI sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::DeploymentList</name>
    <message>
        <location filename="../app/api/DeploymentList.cpp" line="+42"/>
        <source>Deployments are listed with your Replicate API token; set one first.</source>
        <translation>Deployments werden mit Ihrem Replicate-API-token aufgelistet; legen Sie zuerst einen fest.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 did not accept the API token (HTTP 401), so the deployments cannot be listed.</source>
        <translation>%1 hat den API-token nicht angenommen (HTTP 401), daher können die Deployments nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach %1 to list the deployments (%2).</source>
        <translation>%1 war nicht erreichbar, um die Deployments aufzulisten (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered, but not with a list of deployments; check the API base URL.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer Liste von Deployments; prüfen Sie die API-Basis-URL.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The next page of deployments is not on %1; it was not fetched.</source>
        <translation>Die nächste Seite der Deployments liegt nicht auf %1; sie wurde nicht abgerufen.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::DownloadTask</name>
    <message>
        <location filename="../app/api/DownloadTask.cpp" line="+84"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot download output %1: &quot;%2&quot; is not an http(s) or data: URL.</source>
        <translation>Ausgabe %1 kann nicht heruntergeladen werden: „%2“ ist keine http(s)- oder data:-URL.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot save output %1: %2</source>
        <translation>Ausgabe %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+34"/>
        <source>Cannot save output %1 to %2: %3</source>
        <translation>Ausgabe %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Cannot download output %1 (%2): %3</source>
        <translation>Ausgabe %1 (%2) kann nicht heruntergeladen werden: %3</translation>
    </message>
    <message numerus="yes">
        <location line="-65"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot download output %1: the server redirected to an unsafe or invalid address.</source>
        <translation>Ausgabe %1 kann nicht heruntergeladen werden: Der Server hat auf eine unsichere oder ungültige Adresse umgeleitet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot download output %1: too many redirects.</source>
        <translation>Ausgabe %1 kann nicht heruntergeladen werden: zu viele Umleitungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the transfer broke off after %1 bytes (%2)</source>
        <translation>die Übertragung brach nach %1 Bytes ab (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of %2 bytes arrived</source>
        <translation>nur %1 von %2 Bytes sind angekommen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is gone (HTTP %1). Replicate deletes API outputs about an hour after the prediction.</source>
        <translation>die Datei ist nicht mehr vorhanden (HTTP %1). Replicate löscht API-Ausgaben etwa eine Stunde nach der Vorhersage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access denied (HTTP %1).</source>
        <translation>Zugriff verweigert (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1.</source>
        <translation>der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot download output %1 (%2) after %3 attempts: %4</source>
        <translation>Ausgabe %1 (%2) kann nach %3 Versuchen nicht heruntergeladen werden: %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Download of output %1 was canceled.</source>
        <translation>Der Download von Ausgabe %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot download output %1 (%2): the file is %3, more than the download limit of %4.</source>
        <translation>Ausgabe %1 (%2) kann nicht heruntergeladen werden: Die Datei ist %3 groß, mehr als die Download-Grenze von %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot download output %1 (%2): the file is larger than the download limit of %3.</source>
        <translation>Ausgabe %1 (%2) kann nicht heruntergeladen werden: Die Datei ist größer als die Download-Grenze von %3.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::OfflineEmulatorBackend</name>
    <message>
        <location filename="../app/api/OfflineEmulatorBackend.cpp" line="+41"/>
        <source>Offline emulator (synthetic previews)</source>
        <translation>Offline-Emulator (synthetische Vorschauen)</translation>
    </message>
</context>
<context>
    <name>sdanim::api::OutputDownloader</name>
    <message>
        <location filename="../app/api/OutputDownloader.cpp" line="+30"/>
        <source>Cannot save output %1: the folder %2 cannot be created.</source>
        <translation>Ausgabe %1 kann nicht gespeichert werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1,… (%2 characters)</source>
        <translation>%1,… (%2 Zeichen)</translation>
    </message>
</context>
<context>
    <name>sdanim::api::ReplicateBackend</name>
    <message>
        <location filename="../app/api/ReplicateBackend.cpp" line="+32"/>
        <source>Replicate deployment %1 (%2)</source>
        <translation>Replicate-Deployment %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicate cloud (%1)</source>
        <translation>Replicate-Cloud (%1)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No API token is set. Enter your Replicate API token in Settings (or set REPLICATE_API_TOKEN).</source>
        <translation>Es ist kein API-Token festgelegt. Geben Sie Ihr Replicate-API-Token in den Einstellungen ein (oder setzen Sie REPLICATE_API_TOKEN).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::ReplicateJob</name>
    <message>
        <location filename="../app/api/ReplicateJob.cpp" line="+87"/>
        <location line="+844"/>
        <source>Deadline reached</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <location line="-843"/>
        <source>The prediction did not reach a final state in time; stopped waiting for it.</source>
        <translation>Die Vorhersage hat nicht rechtzeitig einen Endzustand erreicht; das Warten darauf wurde beendet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the process that sent the create request stopped before its answer arrived</source>
        <translation>der Prozess, der die Erstellungsanfrage gesendet hat, endete, bevor ihre Antwort eintraf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input validation failed</source>
        <translation>Eingabeprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the backend is gone</source>
        <translation>das Backend ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the server&apos;s answer to the create request is not a prediction</source>
        <translation>die Antwort des Servers auf die Erstellungsanfrage ist keine Vorhersage</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>No prediction was created (the server lists none with this input), so nothing is billed.</source>
        <translation>Es wurde keine Vorhersage erstellt (der Server führt keine mit dieser Eingabe), daher wird nichts berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prediction may have been created anyway: its answer was lost and the server&apos;s list could not be checked. Before starting it again, look with `sdanim history --import`.</source>
        <translation>Die Vorhersage wurde möglicherweise trotzdem erstellt: Ihre Antwort ging verloren, und die Liste des Servers konnte nicht geprüft werden. Sehen Sie vor einem neuen Start mit `sdanim history --import` nach.</translation>
    </message>
    <message>
        <location line="+445"/>
        <source>the server answered with something that is not this prediction</source>
        <translation>der Server antwortete mit etwas, das nicht diese Vorhersage ist</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The prediction did not finish within %n minute(s); it is being canceled.</source>
        <translation>
            <numerusform>Die Vorhersage wurde nicht innerhalb von %n Minute fertig; sie wird abgebrochen.</numerusform>
            <numerusform>Die Vorhersage wurde nicht innerhalb von %n Minuten fertig; sie wird abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::api::RequestLog</name>
    <message>
        <location filename="../app/api/RequestLog.cpp" line="+100"/>
        <source>closed before it finished</source>
        <translation>vor dem Ende geschlossen</translation>
    </message>
</context>
<context>
    <name>sdanim::api::SseParser</name>
    <message>
        <location filename="../app/api/SseParser.cpp" line="+42"/>
        <source>The event stream sent a line longer than the limit of %1.</source>
        <translation>Der Ereignisstrom hat eine Zeile gesendet, die länger als die Grenze von %1 ist.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The event stream sent an event larger than the limit of %1.</source>
        <translation>Der Ereignisstrom hat ein Ereignis gesendet, das größer als die Grenze von %1 ist.</translation>
    </message>
</context>
<context>
    <name>sdanim::api::TokenStore</name>
    <message>
        <location filename="../app/api/TokenStore.cpp" line="+33"/>
        <source>system keyring</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain-text file</source>
        <translation>Klartextdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REPLICATE_API_TOKEN environment variable</source>
        <translation>Umgebungsvariable REPLICATE_API_TOKEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no D-Bus session</source>
        <translation>keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is larger than %2, so it is not a token file; delete it and enter the token again.</source>
        <translation>%1 ist größer als %2 und daher keine Token-Datei; löschen Sie sie und geben Sie das Token erneut ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No system keyring is available (%1). Enter your Replicate API token when asked, set REPLICATE_API_TOKEN, or allow storing the token in a plain-text file in Settings.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Geben Sie Ihr Replicate-API-Token ein, wenn Sie danach gefragt werden, setzen Sie REPLICATE_API_TOKEN oder erlauben Sie in den Einstellungen, das Token in einer Klartextdatei zu speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Replicate API token is stored yet. Enter it in Settings (or set REPLICATE_API_TOKEN).</source>
        <translation>Es ist noch kein Replicate-API-Token gespeichert. Geben Sie es in den Einstellungen ein (oder setzen Sie REPLICATE_API_TOKEN).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token is stored in the system keyring.</source>
        <translation>Das Token ist im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not store the token in the system keyring (%1). Allow plain-text storage in Settings, or set REPLICATE_API_TOKEN before starting the app.</source>
        <translation>Das Token konnte nicht im System-Schlüsselbund gespeichert werden (%1). Erlauben Sie die Speicherung im Klartext in den Einstellungen, oder setzen Sie REPLICATE_API_TOKEN vor dem Start der App.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keyring is available; the token is stored in %1 (readable only by you).</source>
        <translation>Kein System-Schlüsselbund verfügbar; das Token ist in %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not store the token: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>sdanim::api::UrlScope</name>
    <message>
        <location filename="../app/api/UrlScope.cpp" line="+78"/>
        <source>no valid API base URL is set</source>
        <translation>es ist keine gültige API-Basis-URL festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the API base URL %1 is not an https address</source>
        <translation>die API-Basis-URL %1 ist keine https-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API base URL %1 contains a user name or password; the API token is not sent there</source>
        <translation>die API-Basis-URL %1 enthält einen Benutzernamen oder ein Passwort; das API-Token wird nicht dorthin gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the API base URL %1 uses plain http, so the API token is not sent to it: use https (plain http is only allowed to this computer&apos;s loopback address, such as the emulator)</source>
        <translation>die API-Basis-URL %1 verwendet unverschlüsseltes http, daher wird das API-Token nicht dorthin gesendet: Verwenden Sie https (unverschlüsseltes http ist nur zur Loopback-Adresse dieses Computers erlaubt, etwa zum Emulator)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the API base URL %1 has a path that servers may read differently (&quot;.&quot; or &quot;..&quot; segments, encoded slashes or backslashes)</source>
        <translation>die API-Basis-URL %1 hat einen Pfad, den Server unterschiedlich lesen können („.“- oder „..“-Segmente, kodierte Schrägstriche oder umgekehrte Schrägstriche)</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+123"/>
        <source>Usage: sdanim [COMMAND [OPTIONS]]

SD Animator makes animations with the Replicate model %1.
Without a command, the desktop app (GUI) opens.

Commands (headless, no window):
  run        run one prediction and print the output file paths
  plan       show what the model will make of the input, and its time and cost; runs nothing
  sweep      run a grid of predictions over one or two varied inputs and print a table of results
  queue      the persistent queue: add jobs, run them N at once with a budget, pause, reorder, remove
  storyboard run a storyboard project (one prediction per transition) and stitch it into one file
  export     re-export a saved output locally (format, fps, trim, scale, loop, ping-pong, interpolation)
  history    list past predictions; --import fetches them, --resume follows unfinished ones
  presets    list, show, save, delete, import and export presets
  deployments list the Replicate account&apos;s deployments (for run --deployment owner/name)

Run &quot;sdanim COMMAND --help&quot; for the options of a command.

Options:
  -h, --help     show this help and exit
  -v, --version  show the version and exit
  --verbose      print the debug log (each HTTP request, with the token masked) on stderr;
                 for the app and for every command (also after it: sdanim run --verbose)</source>
        <translation>Aufruf: sdanim [BEFEHL [OPTIONEN]]

SD Animator erstellt Animationen mit dem Replicate-Modell %1.
Ohne Befehl öffnet sich die Desktop-App (GUI).

Befehle (ohne Fenster):
  run        eine Vorhersage ausführen und die Pfade der Ausgabedateien ausgeben
  plan       zeigen, was das Modell aus der Eingabe macht, samt Dauer und Kosten; führt nichts aus
  sweep      ein Raster von Vorhersagen über ein oder zwei variierte Eingaben ausführen und eine Ergebnistabelle ausgeben
  queue      die dauerhafte Warteschlange: Aufträge hinzufügen, N gleichzeitig mit Budget ausführen, pausieren, umordnen, entfernen
  storyboard ein Storyboard-Projekt ausführen (eine Vorhersage je Übergang) und zu einer Datei zusammenfügen
  export     eine gespeicherte Ausgabe lokal neu exportieren (Format, fps, Zuschnitt, Größe, Schleife, Ping-Pong, Interpolation)
  history    frühere Vorhersagen auflisten; --import holt sie ab, --resume verfolgt unfertige weiter
  presets    Voreinstellungen auflisten, anzeigen, speichern, löschen, importieren und exportieren
  deployments die Deployments des Replicate-Kontos auflisten (für run --deployment owner/name)

„sdanim BEFEHL --help“ zeigt die Optionen eines Befehls.

Optionen:
  -h, --help     diese Hilfe anzeigen und beenden
  -v, --version  die Version anzeigen und beenden
  --verbose      das Debug-Protokoll (jede HTTP-Anfrage, mit maskiertem Token) auf stderr ausgeben;
                 für die App und für jeden Befehl (auch danach: sdanim run --verbose)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::CliEnvironment</name>
    <message>
        <location filename="../app/cli/CliEnvironment.cpp" line="+43"/>
        <source>auto (cloud with a token, else the offline emulator), cloud, cog or emulator.</source>
        <translation>auto (Cloud mit Token, sonst der Offline-Emulator), cloud, cog oder emulator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL (Replicate or a running sdanim-emulator; for cog: the container URL).</source>
        <translation>API-Basis-URL (Replicate oder ein laufender sdanim-emulator; bei cog: die Container-URL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the predictions on this Replicate deployment (owner/name) instead of the model version; &quot;&quot; for the model version (cloud backend only).</source>
        <translation>Die Vorhersagen auf diesem Replicate-Deployment (owner/name) statt auf der Modellversion anlegen; &quot;&quot; für die Modellversion (nur Cloud-backend).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for output files (default: the app&apos;s output folder).</source>
        <translation>Ordner für Ausgabedateien (Standard: der Ausgabeordner der App).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline emulator speed factor: 0.01 runs 100x faster.</source>
        <translation>Geschwindigkeitsfaktor des Offline-Emulators: 0.01 läuft 100-mal schneller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the debug log of the sdanim.* categories on stderr (each HTTP request, each poll); the API token is never printed.</source>
        <translation>Das Debug-Protokoll der sdanim.*-Kategorien auf stderr ausgeben (jede HTTP-Anfrage, jede Abfrage); das API-Token wird nie ausgegeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--backend: expected auto, cloud, cog or emulator, got &quot;%1&quot;</source>
        <translation>--backend: auto, cloud, cog oder emulator erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--base-url: expected an http(s) URL, got &quot;%1&quot;</source>
        <translation>--base-url: http(s)-URL erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--deployment: expected owner/name in lowercase letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, got &quot;%1&quot;</source>
        <translation>--deployment: erwartet owner/name aus Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--time-scale: expected a number above 0 (e.g. 0.01), got &quot;%1&quot;</source>
        <translation>--time-scale: Zahl größer als 0 erwartet (z. B. 0.01), „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The offline emulator could not start: %1</source>
        <translation>Der Offline-Emulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--deployment %1 needs the Replicate backend (an API token, or --backend cloud with --base-url); %2 has no deployments.</source>
        <translation>--deployment %1 braucht das Replicate-backend (einen API-token oder --backend cloud mit --base-url); %2 hat keine Deployments.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No Replicate API token: running the offline emulator in-process.
Outputs are OFFLINE PREVIEWS (synthetic labelled frames), not Stable Diffusion animations.
Set REPLICATE_API_TOKEN or save a token in the app to use Replicate.</source>
        <translation>Kein Replicate-API-Token: Der Offline-Emulator läuft im selben Prozess.
Die Ausgaben sind OFFLINE-VORSCHAUEN (synthetische, beschriftete Bilder), keine Stable-Diffusion-Animationen.
Setzen Sie REPLICATE_API_TOKEN oder speichern Sie in der App ein Token, um Replicate zu nutzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Using the model schema shipped with the app (version %1).</source>
        <translation>Das mit der App gelieferte Modellschema wird verwendet (Version %1).</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::CommandLineCheck</name>
    <message>
        <location filename="../app/cli/CommandLineCheck.cpp" line="+15"/>
        <source>See: sdanim %1 --help</source>
        <translation>Siehe: sdanim %1 --help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim %2 --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim %2 --help</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::DeploymentsCommand</name>
    <message>
        <location filename="../app/cli/DeploymentsCommand.cpp" line="+25"/>
        <source>Lists the Replicate account&apos;s deployments, for sdanim run --deployment owner/name.</source>
        <translation>Listet die Deployments des Replicate-Kontos auf, für sdanim run --deployment owner/name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the deployments as JSON.</source>
        <translation>Die Deployments als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This account has no deployments; create one on replicate.com/deployments.</source>
        <translation>Dieses Konto hat keine Deployments; legen Sie eines auf replicate.com/deployments an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEPLOYMENT</source>
        <translation>DEPLOYMENT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HARDWARE</source>
        <translation>HARDWARE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+33"/>
        <source>--format: expected gif, mp4, webm, apng or png, got &quot;%1&quot;</source>
        <translation>--format: gif, mp4, webm, apng oder png erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out: cannot tell the format from &quot;%1&quot;; give --format gif, mp4, webm, apng or png</source>
        <translation>--out: das Format ist an „%1“ nicht zu erkennen; --format gif, mp4, webm, apng oder png angeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--fps: expected a number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--fps: eine Zahl von 1 bis %1 erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--interpolate: expected mci or blend, got &quot;%1&quot;</source>
        <translation>--interpolate: mci oder blend erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--quality: expected fast or high, got &quot;%1&quot;</source>
        <translation>--quality: fast oder high erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--trim: expected A:B with 0 &lt;= A &lt; B (frames A to B-1; A: or :B for open ends), got &quot;%1&quot;</source>
        <translation>--trim: A:B mit 0 &lt;= A &lt; B erwartet (Bilder A bis B-1; A: oder :B für offene Enden), „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--scale: expected a factor from %1 to %2, got &quot;%3&quot;</source>
        <translation>--scale: einen Faktor von %1 bis %2 erwartet, „%3“ erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--loop: expected how many times it plays, 0 (forever) to %1, got &quot;%2&quot;</source>
        <translation>--loop: erwartet, wie oft es abgespielt wird, 0 (endlos) bis %1, „%2“ erhalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-exports a finished output locally (no new prediction, free): another format, frame rate, trim, scale, loop count, ping-pong or interpolated frames. Recorded in the history as derived from the source.</source>
        <translation>Exportiert eine fertige Ausgabe lokal neu (keine neue Vorhersage, kostenlos): anderes Format, Bildrate, Zuschnitt, Skalierung, Wiederholungszahl, Ping-Pong oder interpolierte Bilder. Im Verlauf als von der Quelle abgeleitet festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The GIF or video to re-export (any file the app saved).</source>
        <translation>Das GIF oder Video zum Neuexport (jede Datei, die die App gespeichert hat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gif, mp4 (H.264), webm (VP9), apng or png (a folder of frames). Default: from --out.</source>
        <translation>gif, mp4 (H.264), webm (VP9), apng oder png (ein Ordner mit Bildern). Standard: aus --out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames per second. Alone it re-times the same frames; with --interpolate new frames are made (default then: twice the source&apos;s).</source>
        <translation>Bilder pro Sekunde. Allein spielt es dieselben Bilder schneller oder langsamer ab; mit --interpolate werden neue Bilder erzeugt (Standard dann: doppelt so viele wie die Quelle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make frames up to --fps: mci (motion-compensated, minterpolate) or blend (framerate).</source>
        <translation>Bilder bis --fps erzeugen: mci (bewegungskompensiert, minterpolate) oder blend (framerate).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interpolation quality: fast (default) or high (mci only, about 3x slower).</source>
        <translation>Qualität der Interpolation: fast (Standard) oder high (nur mci, etwa 3× langsamer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep source frames A to B-1 (counted from 0).</source>
        <translation>Die Quellbilder A bis B-1 behalten (ab 0 gezählt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append a reversed copy without repeating the end frames.</source>
        <translation>Eine umgekehrte Kopie anhängen, ohne die Endbilder zu wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale both sides by F (0.05 to 4).</source>
        <translation>Beide Seiten mit F skalieren (0,05 bis 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times it plays: 0 = forever (GIF, APNG; default). Videos hold N copies.</source>
        <translation>Wie oft es abgespielt wird: 0 = endlos (GIF, APNG; Standard). Videos enthalten N Kopien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (a folder for png).</source>
        <translation>Die zu schreibende Datei (ein Ordner für png).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not record the export in the history.</source>
        <translation>Den Export nicht im Verlauf festhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See: sdanim export --help</source>
        <translation>Siehe: sdanim export --help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which file? sdanim export INPUT --out PATH (see: sdanim export --help)</source>
        <translation>Welche Datei? sdanim export EINGABE --out PFAD (siehe: sdanim export --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim export --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim export --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out PATH is required. See: sdanim export --help</source>
        <translation>--out PFAD ist nötig. Siehe: sdanim export --help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no such file.</source>
        <translation>%1: keine solche Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out must not be the input file.</source>
        <translation>--out darf nicht die Eingabedatei sein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exporting: %1% (%2 of %3 frames)</source>
        <translation>Export: %1 % (%2 von %3 Bildern)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export is not in the history: %1</source>
        <translation>Der Export steht nicht im Verlauf: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+32"/>
        <source>Lists recorded predictions, newest first.</source>
        <translation>Listet die aufgezeichneten Vorhersagen auf, die neueste zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print full records as JSON.</source>
        <translation>Vollständige Einträge als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N predictions (default 20, 0 = all).</source>
        <translation>Höchstens N Vorhersagen anzeigen (Standard 20, 0 = alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only predictions whose prompts or id contain TEXT.</source>
        <translation>Nur Vorhersagen, deren Prompts oder ID TEXT enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only predictions with this status (repeatable).</source>
        <translation>Nur Vorhersagen mit diesem Status (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First import the account&apos;s predictions from the API (no duplicates).</source>
        <translation>Zuerst die Vorhersagen des Kontos über die API importieren (ohne Duplikate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First follow predictions left running (e.g. by a killed run) to their end.</source>
        <translation>Zuerst noch laufende Vorhersagen (z. B. von einem abgebrochenen Prozess) bis zu ihrem Ende verfolgen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit: expected a whole number of 0 or more, got &quot;%1&quot;</source>
        <translation>--limit: ganze Zahl ab 0 erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--import needs the Replicate API (a token, or --base-url of a running emulator).</source>
        <translation>--import braucht die Replicate-API (ein Token oder --base-url eines laufenden Emulators).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import: page %1, %2 predictions</source>
        <translation>Import: Seite %1, %2 Vorhersagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 new, updated %2, %3 already known.</source>
        <translation>%1 neu importiert, %2 aktualisiert, %3 bereits bekannt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped %n prediction(s) of other models.</source>
        <translation>
            <numerusform>%n Vorhersage anderer Modelle übersprungen.</numerusform>
            <numerusform>%n Vorhersagen anderer Modelle übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resuming %1 (%2)</source>
        <translation>%1 wird wieder aufgenommen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  saved %1</source>
        <translation>  %1 gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: interrupted (%2)</source>
        <translation>%1: unterbrochen (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Resumed %n prediction(s).</source>
        <translation>
            <numerusform>%n Vorhersage wieder aufgenommen.</numerusform>
            <numerusform>%n Vorhersagen wieder aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No predictions recorded yet.</source>
        <translation>Noch keine Vorhersagen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+64"/>
        <source>Prints what the model will make of the input (prompts, frames, duration, compute) and the estimated run time and cost, without running or creating anything. Takes every option of sdanim run.</source>
        <translation>Gibt aus, was das Modell aus der Eingabe macht (Prompts, Bilder, Dauer, Rechenaufwand), dazu die geschätzte Laufzeit und die Kosten, ohne etwas auszuführen oder anzulegen. Nimmt alle Optionen von sdanim run an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the plan as one JSON object.</source>
        <translation>Den Plan als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning: the history could not be read (%1); the estimate uses the documented defaults.</source>
        <translation>Warnung: Der Verlauf konnte nicht gelesen werden (%1); die Schätzung verwendet die dokumentierten Standardwerte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts (%1, as the model splits them):</source>
        <translation>Prompts (%1, so wie das Modell sie aufteilt):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1  (empty)</source>
        <translation>  %1  (leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments: %1 (ping-pong adds one back to the start prompt)</source>
        <translation>Abschnitte: %1 (Ping-Pong fügt einen zurück zum Start-Prompt hinzu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments: %1</source>
        <translation>Abschnitte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame latents: %1</source>
        <translation>Bild-Latents: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Interpolation: FILM, %n recursion(s) of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)</source>
        <translation>
            <numerusform>Interpolation: FILM, %n Rekursion über Mittelbilder: ×%1 (num_interpolation_steps %2 bis %3 ergeben dasselbe Video)</numerusform>
            <numerusform>Interpolation: FILM, %n Rekursionen über Mittelbilder: ×%1 (num_interpolation_steps %2 bis %3 ergeben dasselbe Video)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interpolation: latent, ×%1 (each pair of latents gives %1 frames; the last latent itself is never decoded)</source>
        <translation>Interpolation: latent, ×%1 (jedes Latent-Paar ergibt %1 Bilder; das letzte Latent selbst wird nie dekodiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video frames: %1 (%2)</source>
        <translation>Videobilder: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration: %1 s at %2 fps</source>
        <translation>Dauer: %1 s bei %2 fps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GIF frame delay: %1 ms (stored as %2/100 s)</source>
        <translation>GIF-Bildverzögerung: %1 ms (gespeichert als %2/100 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial latent steps (k): %1 (shared start: %2, steps per frame: %3, scheduler timesteps: %4)</source>
        <translation>Anfängliche Latent-Schritte (k): %1 (gemeinsamer Start: %2, Schritte pro Bild: %3, Scheduler-Zeitschritte: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyframe image shows prompt %1: %2</source>
        <translation>Das Schlüsselbild zeigt Prompt %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate outputs: %1</source>
        <translation>Zwischenausgaben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute units: UNet %1, VAE %2, FILM %3, encode %4</source>
        <translation>Recheneinheiten: UNet %1, VAE %2, FILM %3, Kodierung %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::PresetsCommand</name>
    <message>
        <location filename="../app/cli/PresetsCommand.cpp" line="+25"/>
        <source>Manage presets.
  list                      built-in and saved presets
  show NAME                 the preset as JSON
  save NAME --&lt;input&gt; V...  save the given inputs as a preset (replaces one of that name)
  delete NAME
  import FILE [--replace]   copy a preset file into the presets folder
  export NAME FILE          write a preset to a file</source>
        <translation>Voreinstellungen verwalten.
  list                      mitgelieferte und gespeicherte Voreinstellungen
  show NAME                 die Voreinstellung als JSON
  save NAME --&lt;input&gt; V...  die angegebenen Eingaben als Voreinstellung speichern (ersetzt eine gleichnamige)
  delete NAME
  import FILE [--replace]   eine Voreinstellungsdatei in den Voreinstellungsordner kopieren
  export NAME FILE          eine Voreinstellung in eine Datei schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list, show, save, delete, import or export</source>
        <translation>list, show, save, delete, import oder export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import: replace a preset of the same name.</source>
        <translation>import: eine gleichnamige Voreinstellung ersetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: a sentence about the preset.</source>
        <translation>save: ein Satz über die Voreinstellung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Diese Einstellungsdatei statt der des Benutzers verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the debug log of the sdanim.* categories on stderr.</source>
        <translation>Das Debug-Protokoll der sdanim.*-Kategorien auf stderr ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See: sdanim presets --help</source>
        <translation>Siehe: sdanim presets --help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: sdanim presets %1</source>
        <translation>Aufruf: sdanim presets %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (built-in)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invalid input:
%1</source>
        <translation>Ungültige Eingabe:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved preset &quot;%1&quot;.</source>
        <translation>Voreinstellung „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported preset &quot;%1&quot;.</source>
        <translation>Voreinstellung „%1“ importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missing action. See: sdanim presets --help</source>
        <translation>Aktion fehlt. Siehe: sdanim presets --help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &quot;%1&quot;. See: sdanim presets --help</source>
        <translation>Unbekannte Aktion „%1“. Siehe: sdanim presets --help</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::QueueCommand</name>
    <message>
        <location filename="../app/cli/QueueCommand.cpp" line="+38"/>
        <source>Usage: sdanim queue ACTION [OPTIONS]

The persistent queue: jobs wait in line, run at most N at once per backend, and survive restarts
(a job that was created on the server is followed again, never created twice).

Actions:
  add [run options] [--repeat N]   queue the input `sdanim run` would run (N times, each with its own seed
                                    unless --seed is given)
  list [--json]                    the jobs in line order, with state, estimate and cost
  run [--concurrency N] [--budget USD|none] [--daily-budget USD|none]
                                   run the queued jobs of the chosen backend until nothing more can start;
                                    the limits are kept for the next runs
  pause [ID]                       start no more jobs (or hold back job ID); running ones finish
  resume [ID]                      start jobs again (or put job ID back in line)
  move ID POS                      put waiting job ID at place POS of the line (1 = next)
  remove ID                        take a waiting job out, or cancel a running one
  clear [--all]                    delete the finished jobs (with --all the waiting ones too)

Run &quot;sdanim queue ACTION --help&quot; for the options of an action.</source>
        <translation>Aufruf: sdanim queue AKTION [OPTIONEN]

Die dauerhafte Warteschlange: Aufträge warten der Reihe nach, laufen höchstens N gleichzeitig je Backend und überstehen Neustarts
(ein Auftrag, der auf dem Server angelegt wurde, wird weiter verfolgt, nie zweimal angelegt).

Aktionen:
  add [Lauf-Optionen] [--repeat N] die Eingabe einreihen, die `sdanim run` ausführen würde (N-mal, jede mit eigenem Seed,
                                    außer mit --seed)
  list [--json]                    die Aufträge in Reihenfolge, mit Zustand, Schätzung und Kosten
  run [--concurrency N] [--budget USD|none] [--daily-budget USD|none]
                                   die eingereihten Aufträge des gewählten Backends ausführen, bis keiner mehr starten kann;
                                    die Grenzen gelten auch für spätere Läufe
  pause [ID]                       keine Aufträge mehr starten (oder Auftrag ID zurückhalten); laufende werden fertig
  resume [ID]                      wieder Aufträge starten (oder Auftrag ID wieder einreihen)
  move ID POS                      wartenden Auftrag ID an Platz POS der Reihe setzen (1 = als Nächstes)
  remove ID                        einen wartenden Auftrag herausnehmen oder einen laufenden abbrechen
  clear [--all]                    die beendeten Aufträge löschen (mit --all auch die wartenden)

„sdanim queue AKTION --help“ zeigt die Optionen einer Aktion.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--%1: expected an amount of US dollars of 0 or more, or none, got &quot;%2&quot;</source>
        <translation>--%1: erwartet wird ein Betrag in US-Dollar ab 0 oder none, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown queue action &quot;%1&quot;.</source>
        <translation>Unbekannte Aktion der Warteschlange „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queues the input the options give (every option of sdanim run).</source>
        <translation>Reiht die Eingabe ein, die die Optionen ergeben (jede Option von sdanim run).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue it this many times (1 to %1; default 1).</source>
        <translation>So oft einreihen (1 bis %1; Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the queued jobs as JSON.</source>
        <translation>Die eingereihten Aufträge als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the queue as JSON.</source>
        <translation>Die Warteschlange als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the waiting jobs too.</source>
        <translation>Auch die wartenden Aufträge löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the queued jobs of the chosen backend until nothing more can start.</source>
        <translation>Führt die eingereihten Aufträge des gewählten Backends aus, bis keiner mehr starten kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run at most this many jobs of this backend at once (1 to %1; kept for later runs).</source>
        <translation>Höchstens so viele Aufträge dieses Backends gleichzeitig ausführen (1 bis %1; gilt auch für spätere Läufe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start no job once what the queue&apos;s jobs cost plus the estimates of the running ones and the next one would exceed this many US dollars (kept; none removes it).</source>
        <translation>Keinen Auftrag mehr starten, sobald die Kosten der Aufträge der Warteschlange plus die Schätzungen der laufenden und des nächsten so viele US-Dollar überschreiten würden (bleibt gespeichert; none entfernt es).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for every run the history recorded today (UTC), from the queue or not (kept; none removes it).</source>
        <translation>Dasselbe für jeden Lauf, den der Verlauf heute (UTC) aufgezeichnet hat, aus der Warteschlange oder nicht (bleibt gespeichert; none entfernt es).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See: sdanim queue %1 --help</source>
        <translation>Siehe: sdanim queue %1 --help</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim queue add --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim queue add --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim queue list --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim queue list --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim queue run --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim queue run --help</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history cannot be opened: %1</source>
        <translation>Der Verlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--repeat: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--repeat: erwartet wird eine ganze Zahl von 1 bis %1, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The queue could not be written.</source>
        <translation>Die Warteschlange konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Queued job %1 (estimated %2)</source>
        <translation>Auftrag %1 eingereiht (geschätzt %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free (local)</source>
        <translation>kostenlos (lokal)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Queue: paused (sdanim queue resume starts it again)</source>
        <translation>Warteschlange: pausiert (sdanim queue resume startet sie wieder)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue: active</source>
        <translation>Warteschlange: aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent: %1 (today %2)</source>
        <translation>Ausgegeben: %1 (heute %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily budget: %1</source>
        <translation>Tagesbudget: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The queue is empty (sdanim queue add queues a job).</source>
        <translation>Die Warteschlange ist leer (sdanim queue add reiht einen Auftrag ein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLACE</source>
        <translation>PLATZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ESTIMATE</source>
        <translation>SCHÄTZUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PREDICTION</source>
        <translation>VORHERSAGE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: sdanim queue move ID POS</source>
        <translation>Aufruf: sdanim queue move ID POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: sdanim queue remove ID</source>
        <translation>Aufruf: sdanim queue remove ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: sdanim queue clear [--all]</source>
        <translation>Aufruf: sdanim queue clear [--all]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage: sdanim queue %1 [ID]</source>
        <translation>Aufruf: sdanim queue %1 [ID]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected a job id (see: sdanim queue list), got &quot;%1&quot;</source>
        <translation>Erwartet wird eine Auftrags-ID (siehe: sdanim queue list), erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected a place in line of 1 or more, got &quot;%1&quot;</source>
        <translation>Erwartet wird ein Platz in der Reihe ab 1, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job %1 is held back.</source>
        <translation>Auftrag %1 wird zurückgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 is back in line.</source>
        <translation>Auftrag %1 ist wieder eingereiht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is paused: no job starts; running ones finish.</source>
        <translation>Die Warteschlange ist pausiert: kein Auftrag startet; laufende werden fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The queue runs again.</source>
        <translation>Die Warteschlange läuft wieder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 is now at place %2.</source>
        <translation>Auftrag %1 steht jetzt auf Platz %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 is being canceled.</source>
        <translation>Auftrag %1 wird abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 was removed.</source>
        <translation>Auftrag %1 wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>%n Auftrag gelöscht.</numerusform>
            <numerusform>%n Aufträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--concurrency: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--concurrency: erwartet eine ganze Zahl von 1 bis %1, erhalten „%2“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another process (pid %1) is running the queue already.</source>
        <translation>Ein anderer Prozess (PID %1) führt die Warteschlange bereits aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Queue runner for %1: at most %2 at once</source>
        <translation>Warteschlange für %1: höchstens %2 gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, budget %1</source>
        <translation>, Budget %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, daily budget %1</source>
        <translation>, Tagesbudget %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (paused: sdanim queue resume starts it)</source>
        <translation> (pausiert: sdanim queue resume startet sie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: the history could not record a prediction: %1</source>
        <translation>Warnung: Der Verlauf konnte eine Vorhersage nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[job %1] started</source>
        <translation>[Auftrag %1] gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[job %1] prediction %2 created</source>
        <translation>[Auftrag %1] Vorhersage %2 angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>[job %1] %2</source>
        <translation>[Auftrag %1] %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[job %1] following prediction %2 again</source>
        <translation>[Auftrag %1] Vorhersage %2 wird weiter verfolgt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warning: the queue could not be written: %1</source>
        <translation>Warnung: Die Warteschlange konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Queue: %1 done, %2 failed, %3 canceled in this run; %4 waiting, %5 held back.</source>
        <translation>Warteschlange: %1 fertig, %2 fehlgeschlagen, %3 abgebrochen in diesem Lauf; %4 wartend, %5 zurückgehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue is paused (sdanim queue resume).</source>
        <translation>Die Warteschlange ist pausiert (sdanim queue resume).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Interrupted: %n running job(s) go on; the next sdanim queue run follows them.</source>
        <translation>
            <numerusform>Unterbrochen: %n laufender Auftrag geht weiter; das nächste sdanim queue run verfolgt ihn.</numerusform>
            <numerusform>Unterbrochen: %n laufende Aufträge gehen weiter; das nächste sdanim queue run verfolgt sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::cli::RunCommand</name>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+37"/>
        <source>Runs one prediction and prints the output file paths.</source>
        <translation>Führt eine Vorhersage aus und gibt die Pfade der Ausgabedateien aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Start from a preset (a name, or a preset file); options given here win.</source>
        <translation>Von einer Voreinstellung ausgehen (ein Name oder eine Voreinstellungsdatei); hier angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Print the final prediction as JSON instead of the file paths.</source>
        <translation>Die fertige Vorhersage als JSON statt der Dateipfade ausgeben.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>See: sdanim run --help</source>
        <translation>Siehe: sdanim run --help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim run --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim run --help</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>--preset: no preset file or preset named &quot;%1&quot; (see: sdanim presets list)</source>
        <translation>--preset: keine Voreinstellungsdatei und keine Voreinstellung namens „%1“ (siehe: sdanim presets list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset &quot;%1&quot; does not fit this model version:
%2</source>
        <translation>Die Voreinstellung „%1“ passt nicht zu dieser Modellversion:
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid input:
%1</source>
        <translation>Ungültige Eingabe:
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Warning: the history could not record this prediction: %1</source>
        <translation>Warnung: Der Verlauf konnte diese Vorhersage nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prediction %1 created%2</source>
        <translation>Vorhersage %1 erstellt%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>progress %1%  ETA %2</source>
        <translation>Fortschritt %1 %  Restzeit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress %1%</source>
        <translation>Fortschritt %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still starting after %1 s (the model is booting or queued); Ctrl+C cancels.</source>
        <translation>Startet nach %1 s immer noch (das Modell fährt hoch oder wartet in der Warteschlange); Strg+C bricht ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved output %1: %2</source>
        <translation>Ausgabe %1 gespeichert: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Some outputs could not be saved (see the messages above).</source>
        <translation>Einige Ausgaben konnten nicht gespeichert werden (siehe die Meldungen oben).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prediction failed: %1</source>
        <translation>Vorhersage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prediction %1 was %2.</source>
        <translation>Vorhersage %1 endete mit Status „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped following prediction %1 (status %2); `sdanim history --resume` can pick it up.</source>
        <translation>Verfolgung von Vorhersage %1 beendet (Status %2); `sdanim history --resume` kann sie wieder aufnehmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: canceling the prediction first (press Ctrl+C again to quit at once)...</source>
        <translation>Unterbrochen: Die Vorhersage wird zuerst abgebrochen (erneut Strg+C drücken, um sofort zu beenden) …</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::SchemaOptions</name>
    <message>
        <location filename="../app/cli/SchemaOptions.cpp" line="+35"/>
        <source> (alone: true; --no-%1: false)</source>
        <translation> (allein: true; --no-%1: false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (default %1)</source>
        <translation> (Standard %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>given %1 times; give it once</source>
        <translation>%1-mal angegeben; bitte nur einmal angeben</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::StoryboardCommand</name>
    <message>
        <location filename="../app/cli/StoryboardCommand.cpp" line="+32"/>
        <source>Runs a storyboard project: one prediction per transition that needs it (never run, changed, or its video gone), then stitches every part into one file with the crossfades the project asks for. What ran is written back into the project, so the next call runs only what changed.</source>
        <translation>Führt ein Storyboard-Projekt aus: eine Vorhersage je Übergang, der sie braucht (nie gelaufen, geändert oder sein Video fehlt), und fügt dann alle Teile mit den Überblendungen des Projekts zu einer Datei zusammen. Was lief, wird ins Projekt zurückgeschrieben, sodass der nächste Aufruf nur Geändertes ausführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storyboard project (JSON).</source>
        <translation>Das Storyboard-Projekt (JSON).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the stitched file here (default: the project&apos;s last one, else next to the project, named after it).</source>
        <translation>Die zusammengefügte Datei hierhin schreiben (Vorgabe: die letzte des Projekts, sonst neben dem Projekt, nach ihm benannt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run these transitions again even though nothing changed (1 is the first; several: 1,3).</source>
        <translation>Diese Übergänge erneut ausführen, auch wenn sich nichts geändert hat (1 ist der erste; mehrere: 1,3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the transitions, what would run and the estimate; run nothing.</source>
        <translation>Die Übergänge, was laufen würde, und die Schätzung ausgeben; nichts ausführen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>See: sdanim storyboard --help</source>
        <translation>Siehe: sdanim storyboard --help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which storyboard? Give its project file: sdanim storyboard FILE.json</source>
        <translation>Welches Storyboard? Seine Projektdatei angeben: sdanim storyboard DATEI.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim storyboard --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim storyboard --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable storyboard:
%2</source>
        <translation>%1 ist kein brauchbares Storyboard:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--rerun: expected a transition from 1 to %1, got &quot;%2&quot;</source>
        <translation>--rerun: erwartet wurde ein Übergang von 1 bis %1, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--out: the stitched file cannot replace the project file.</source>
        <translation>--out: Die zusammengefügte Datei kann die Projektdatei nicht ersetzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>#%1 &quot;%2&quot; → &quot;%3&quot;: %n frame(s) from frame %4</source>
        <translation>
            <numerusform>#%1 „%2“ → „%3“: %n Bild ab Bild %4</numerusform>
            <numerusform>#%1 „%2“ → „%3“: %n Bilder ab Bild %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, crossfade of %n frame(s) into the next</source>
        <translation>
            <numerusform>, Überblendung von %n Bild in den nächsten</numerusform>
            <numerusform>, Überblendung von %n Bildern in den nächsten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept (%1)</source>
        <translation>behalten (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storyboard: %1</source>
        <translation>Storyboard: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stitched file: %1</source>
        <translation>Zusammengefügte Datei: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The history cannot be opened: %1</source>
        <translation>Der Verlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>[%1/%2] prediction %3 created</source>
        <translation>[%1/%2] Vorhersage %3 erstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[%1/%2] done: %3</source>
        <translation>[%1/%2] fertig: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1/%2] did not succeed</source>
        <translation>[%1/%2] nicht erfolgreich</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not stitched: not every transition has a video. Run the storyboard again to retry only those.</source>
        <translation>Nicht zusammengefügt: Nicht jeder Übergang hat ein Video. Das Storyboard erneut ausführen, um nur diese zu wiederholen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stitching %n frame(s)...</source>
        <translation>
            <numerusform>%n Bild wird zusammengefügt…</numerusform>
            <numerusform>%n Bilder werden zusammengefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Stitched %n frame(s); the transitions start at frames %1.</source>
        <translation>
            <numerusform>%n Bild zusammengefügt; die Übergänge beginnen bei den Bildern %1.</numerusform>
            <numerusform>%n Bilder zusammengefügt; die Übergänge beginnen bei den Bildern %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: canceling first (press Ctrl+C again to quit at once)...</source>
        <translation>Unterbrochen: zuerst wird abgebrochen (Strg+C noch einmal beendet sofort)…</translation>
    </message>
</context>
<context>
    <name>sdanim::cli::SweepCommand</name>
    <message>
        <location filename="../app/cli/SweepCommand.cpp" line="+40"/>
        <source>Runs a grid of predictions: one or two inputs varied over the input the run options give, and prints a table of the results. Takes every option of sdanim run.</source>
        <translation>Führt ein Raster von Vorhersagen aus: ein oder zwei Eingaben variiert über der Eingabe, die die Lauf-Optionen ergeben, und gibt eine Ergebnistabelle aus. Nimmt jede Option von sdanim run.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An input to vary, with a list or a range: seed=1,2,3 or guidance_scale=5:9:2 (start:end:step, the end included when a step lands on it). Also prompt_end[N]=... for one end prompt and prompts=START =&gt; END,... for the pair. The first --vary is the columns, a second one the rows.</source>
        <translation>Eine zu variierende Eingabe, mit einer Liste oder einem Bereich: seed=1,2,3 oder guidance_scale=5:9:2 (Anfang:Ende:Schritt, das Ende eingeschlossen, wenn ein Schritt darauf fällt). Außerdem prompt_end[N]=... für einen End-Prompt und prompts=START =&gt; ENDE,... für das Paar. Das erste --vary sind die Spalten, ein zweites die Zeilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run at most this many predictions at once (1 to %1; default 1).</source>
        <translation>Höchstens so viele Vorhersagen gleichzeitig ausführen (1 bis %1; Standard 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start no run once the cost spent plus the estimates of the running runs and the next one would exceed this many US dollars.</source>
        <translation>Keinen Lauf mehr starten, sobald die ausgegebenen Kosten plus die Schätzungen der laufenden und des nächsten Laufs so viele US-Dollar überschreiten würden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the grid and the estimated time and cost; run nothing.</source>
        <translation>Das Raster und die geschätzte Zeit und Kosten ausgeben; nichts ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start without asking, even above the confirmation threshold.</source>
        <translation>Ohne Nachfrage starten, auch über der Bestätigungsschwelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the sweep and its results as one JSON object.</source>
        <translation>Den Sweep und seine Ergebnisse als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+94"/>
        <source>See: sdanim sweep --help</source>
        <translation>Siehe: sdanim sweep --help</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Unexpected argument &quot;%1&quot;. See: sdanim sweep --help</source>
        <translation>Unerwartetes Argument „%1“. Siehe: sdanim sweep --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sweep needs --vary NAME=VALUES, e.g. --vary seed=1,2,3. See: sdanim sweep --help</source>
        <translation>Ein Sweep braucht --vary NAME=WERTE, z. B. --vary seed=1,2,3. Siehe: sdanim sweep --help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--concurrency: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--concurrency: erwartet eine ganze Zahl von 1 bis %1, erhalten „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--budget: expected an amount of US dollars of 0 or more, got &quot;%1&quot;</source>
        <translation>--budget: erwartet einen Betrag in US-Dollar von 0 oder mehr, erhalten „%1“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Invalid sweep:
%1</source>
        <translation>Ungültiger Sweep:
%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The history cannot be opened: %1</source>
        <translation>Der Verlauf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweep of %1: %2</source>
        <translation>Sweep mit %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs</source>
        <translation>%1 Läufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 runs</source>
        <translation>%1 × %2 Läufen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This sweep has %1 runs and an estimated cost of %2; it asks first above %3 runs or %4 (the sweep confirmation threshold in the settings).</source>
        <translation>Dieser Sweep hat %1 Läufe und geschätzte Kosten von %2; über %3 Läufen oder %4 wird zuerst gefragt (die Sweep-Bestätigungsschwelle in den Einstellungen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not starting it: stdin is not a terminal. Pass --yes to start it anyway.</source>
        <translation>Nicht gestartet: stdin ist kein Terminal. Mit --yes wird er trotzdem gestartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start it? [y/N] </source>
        <translation>Starten? [j/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: the history could not record the sweep; its runs are recorded on their own.</source>
        <translation>Warnung: Der Verlauf konnte den Sweep nicht speichern; seine Läufe werden einzeln gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the history could not record a prediction: %1</source>
        <translation>Warnung: Der Verlauf konnte eine Vorhersage nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[%1/%2] %3: prediction %4 created</source>
        <translation>[%1/%2] %3: Vorhersage %4 erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run(s) skipped.</source>
        <translation>
            <numerusform>Budget erreicht: Lauf %1 von %2 (%3) wurde nicht gestartet, da %4 ausgegeben oder laufend plus seine geschätzten %5 das Budget von %6 überschreiten würden; %n Lauf übersprungen.</numerusform>
            <numerusform>Budget erreicht: Lauf %1 von %2 (%3) wurde nicht gestartet, da %4 ausgegeben oder laufend plus seine geschätzten %5 das Budget von %6 überschreiten würden; %n Läufe übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Some outputs could not be saved (see the messages above).</source>
        <translation>Einige Ausgaben konnten nicht gespeichert werden (siehe die Meldungen oben).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sweep: %1 runs, %2 rows × %3 columns</source>
        <translation>Sweep: %1 Läufe, %2 Zeilen × %3 Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep: %1 runs in one row</source>
        <translation>Sweep: %1 Läufe in einer Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed: %1 for every run (drawn once, so the runs differ only in what is varied; --seed picks it)</source>
        <translation>Seed: %1 für jeden Lauf (einmal gezogen, damit sich die Läufe nur im Variierten unterscheiden; --seed wählt ihn)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget: %1 starts the first %2 of %3 runs.</source>
        <translation>Budget: %1 startet die ersten %2 von %3 Läufen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted: canceling the running predictions first (press Ctrl+C again to quit at once)...</source>
        <translation>Unterbrochen: Die laufenden Vorhersagen werden zuerst abgebrochen (erneut Strg+C zum sofortigen Beenden)...</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::AnimationWriter</name>
    <message>
        <location filename="../app/export/AnimationWriter.cpp" line="+130"/>
        <source>The frame size %1×%2 is outside 1 to %3 pixels per side.</source>
        <translation>Die Bildgröße %1×%2 liegt außerhalb von 1 bis %3 Pixeln je Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The frame rate must be between 1 and %1 frames per second.</source>
        <translation>Die Bildrate muss zwischen 1 und %1 Bildern pro Sekunde liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 exists and is not empty.</source>
        <translation>Der Ordner %1 existiert und ist nicht leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot set up the %1 muxer</source>
        <translation>Der Muxer %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This FFmpeg has no %1 encoder.</source>
        <translation>Dieses FFmpeg hat keinen Encoder %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <location line="+18"/>
        <source>Out of memory for the encoder.</source>
        <translation>Nicht genug Speicher für den Encoder.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Cannot open the %1 encoder</source>
        <translation>Der Encoder %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot configure the output stream</source>
        <translation>Der Ausgabestrom kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file header</source>
        <translation>Der Dateikopf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A frame of %1×%2 pixels is outside the limit of %3 per side.</source>
        <translation>Ein Bild von %1×%2 Pixeln überschreitet die Grenze von %3 je Seite.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <location line="+53"/>
        <source>The writer is not open.</source>
        <translation>Der Schreiber ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+18"/>
        <source>No frame to add.</source>
        <translation>Kein Bild zum Hinzufügen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Filtering failed</source>
        <translation>Filtern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Encoding failed</source>
        <translation>Kodieren fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the file</source>
        <translation>Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are no frames to write.</source>
        <translation>Es gibt keine Bilder zu schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot finish the file</source>
        <translation>Die Datei kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::DerivedOutput</name>
    <message>
        <location filename="../app/export/DerivedOutput.cpp" line="+91"/>
        <source>The export is not in the history: %1</source>
        <translation>Der Export steht nicht im Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::ExportPipeline</name>
    <message>
        <location filename="../app/export/ExportPipeline.cpp" line="+48"/>
        <source>%1 cannot be opened as an animation or video.</source>
        <translation>%1 kann nicht als Animation oder Video geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no readable streams.</source>
        <translation>%1 enthält keine lesbaren Datenströme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <location line="+2"/>
        <source>%1 has no video stream that can be decoded.</source>
        <translation>%1 enthält keinen dekodierbaren Videostrom.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 has frames of %2×%3 pixels, outside the limit of %4 per side.</source>
        <translation>%1 hat Bilder mit %2×%3 Pixeln, mehr als die Grenze von %4 je Seite.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Out of memory while decoding %1.</source>
        <translation>Kein Speicher mehr beim Dekodieren von %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filtering failed: %1</source>
        <translation>Filtern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has a frame larger than %2 pixels per side.</source>
        <translation>%1 hat ein Bild, das größer als %2 Pixel je Seite ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>%1 has more than %2 frames.</source>
        <translation>%1 hat mehr als %2 Bilder.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 has no frame that can be decoded.</source>
        <translation>%1 enthält kein dekodierbares Bild.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no frames.</source>
        <translation>%1 hat keine Bilder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The trim starts at frame %1, but the source has only %2 frames (0 to %3).</source>
        <translation>Der Zuschnitt beginnt bei Bild %1, aber die Quelle hat nur %2 Bilder (0 bis %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scaled to %1×%2 the frames would exceed %3 pixels per side.</source>
        <translation>Auf %1×%2 skaliert würden die Bilder %3 Pixel je Seite überschreiten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interpolation needs a higher frame rate than the source&apos;s %1 fps.</source>
        <translation>Die Interpolation braucht eine höhere Bildrate als die %1 fps der Quelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ping-pong needs at least 3 frames.</source>
        <translation>Ping-Pong braucht mindestens 3 Bilder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ping-pong holds the clip in memory: %1 frames of %2×%3 exceed %4 MB. Trim or scale it first.</source>
        <translation>Ping-Pong hält den Clip im Speicher: %1 Bilder von %2×%3 überschreiten %4 MB. Erst zuschneiden oder verkleinern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repeating the clip holds it in memory: %1 frames of %2×%3 exceed the limit of %4 MB. Trim or scale it first.</source>
        <translation>Das Wiederholen hält den Clip im Speicher: %1 Bilder von %2×%3 überschreiten die Grenze von %4 MB. Erst zuschneiden oder verkleinern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export would have %1 frames, more than the limit of %2.</source>
        <translation>Der Export hätte %1 Bilder, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export canceled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::ExportSettings</name>
    <message>
        <location filename="../app/export/ExportSettings.cpp" line="+14"/>
        <source>The frame rate must be between 1 and %1 frames per second.</source>
        <translation>Die Bildrate muss zwischen 1 und %1 Bildern pro Sekunde liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trim must start at frame 0 or later.</source>
        <translation>Der Zuschnitt muss bei Bild 0 oder später beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trim must end after it starts (A:B keeps frames A to B-1).</source>
        <translation>Der Zuschnitt muss nach seinem Anfang enden (A:B behält die Bilder A bis B-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scale must be between %1 and %2.</source>
        <translation>Die Skalierung muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loop count must be between 0 (forever) and %1.</source>
        <translation>Die Wiederholungszahl muss zwischen 0 (endlos) und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::FilterGraph</name>
    <message>
        <location filename="../app/export/FilterGraph.cpp" line="+37"/>
        <source>The filter graph &quot;%1&quot; cannot be set up: %2</source>
        <translation>Der Filtergraph „%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+13"/>
        <source>Filtering failed: %1</source>
        <translation>Filtern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::exports::GridVideoExporter</name>
    <message>
        <location filename="../app/export/GridVideoExporter.cpp" line="+50"/>
        <location line="+10"/>
        <source>Export canceled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sdanim::media::AnimationFrameStream</name>
    <message>
        <location filename="../app/media/AnimationFrameStream.cpp" line="+369"/>
        <source>Cannot decode %1: %2</source>
        <translation>%1 kann nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>sdanim::media::AnimationThumbnails</name>
    <message>
        <location filename="../app/media/AnimationThumbnails.cpp" line="+39"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be opened as a video.</source>
        <translation>%1 kann nicht als Video geöffnet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>%1 has no video stream that can be decoded.</source>
        <translation>%1 enthält keinen dekodierbaren Videostrom.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 has frames outside the size limit.</source>
        <translation>%1 hat Bilder außerhalb der Größengrenze.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no frame that can be decoded.</source>
        <translation>%1 enthält kein dekodierbares Bild.</translation>
    </message>
</context>
<context>
    <name>sdanim::media::LibAv</name>
    <message>
        <location filename="../app/media/LibAv.cpp" line="+38"/>
        <source>Video support is unavailable: FFmpeg&apos;s library %1 cannot be loaded (%2).</source>
        <translation>Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 kann nicht geladen werden (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Video support is unavailable: FFmpeg&apos;s library %1 has no function %2.</source>
        <translation>Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 hat keine Funktion %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Video support is unavailable: FFmpeg&apos;s library %1 is version %2, this build needs major version %3.</source>
        <translation>Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 hat die Version %2, dieser Build braucht die Hauptversion %3.</translation>
    </message>
</context>
<context>
    <name>sdanim::media::VideoFrameReader</name>
    <message>
        <location filename="../app/media/VideoFrameReader.cpp" line="+36"/>
        <source>The video&apos;s pixel format cannot be converted.</source>
        <translation>Das Pixelformat des Videos kann nicht umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be opened as a video.</source>
        <translation>%1 kann nicht als Video geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no readable streams.</source>
        <translation>%1 enthält keine lesbaren Datenströme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>%1 has no video stream that can be decoded.</source>
        <translation>%1 enthält keinen dekodierbaren Videostrom.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 has frames of %2×%3 pixels, outside the limit of %4 per side.</source>
        <translation>%1 hat Bilder mit %2×%3 Pixeln, mehr als die Grenze von %4 je Seite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out of memory while decoding %1.</source>
        <translation>Kein Speicher mehr beim Dekodieren von %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no frame that can be decoded.</source>
        <translation>%1 enthält kein dekodierbares Bild.</translation>
    </message>
</context>
<context>
    <name>sdanim::queue::JobQueue</name>
    <message>
        <location filename="../app/queue/JobQueue.cpp" line="+98"/>
        <source>Daily budget of %1 reached: spent %2 today, next job estimated %3</source>
        <translation>Tagesbudget von %1 erreicht: heute %2 ausgegeben, nächster Auftrag geschätzt %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget of %1 reached: spent %2, next job estimated %3</source>
        <translation>Budget von %1 erreicht: %2 ausgegeben, nächster Auftrag geschätzt %3</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The queue stopped before the server confirmed this prediction. If it was created anyway, `sdanim history --import` brings it back.</source>
        <translation>Die Warteschlange hielt an, bevor der Server diese Vorhersage bestätigte. Falls sie trotzdem angelegt wurde, holt `sdanim history --import` sie zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server that ran this prediction stopped with the queue; the job runs again.</source>
        <translation>Der Server, der diese Vorhersage ausführte, endete mit der Warteschlange; der Auftrag läuft erneut.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This backend cannot create on the deployment %1; it needs the Replicate API.</source>
        <translation>Dieses Backend kann nicht auf dem Deployment %1 erstellen; dafür braucht es die Replicate-API.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This backend cannot follow a prediction created earlier.</source>
        <translation>Dieses Backend kann eine früher erstellte Vorhersage nicht weiterverfolgen.</translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>%1 Nothing was created: it is sent again in %n s.</source>
        <translation>
            <numerusform>%1 Es wurde nichts angelegt: der Auftrag wird in %n s erneut gesendet.</numerusform>
            <numerusform>%1 Es wurde nichts angelegt: der Auftrag wird in %n s erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Rate limited (429): waits %n s before it is sent again.</source>
        <translation>
            <numerusform>Anfragelimit erreicht (429): wartet %n s, bevor er erneut gesendet wird.</numerusform>
            <numerusform>Anfragelimit erreicht (429): wartet %n s, bevor er erneut gesendet wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::queue::QueueController</name>
    <message>
        <location filename="../app/queue/QueueController.cpp" line="+87"/>
        <source>Another process (pid %1) runs the queue; its progress shows here.</source>
        <translation>Ein anderer Prozess (PID %1) führt die Warteschlange aus; sein Fortschritt erscheint hier.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The queue could not be written.</source>
        <translation>Die Warteschlange konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The job is paused in the queue.</source>
        <translation>Der Auftrag ist in der Warteschlange zurückgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is paused (Resume in the Queue dock).</source>
        <translation>Die Warteschlange ist pausiert (Fortsetzen im Bereich „Warteschlange“).</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Waiting for a free slot: the queue runs %n job(s) at once on this backend.</source>
        <translation>
            <numerusform>Wartet auf einen freien Platz: die Warteschlange führt %n Auftrag gleichzeitig auf diesem Backend aus.</numerusform>
            <numerusform>Wartet auf einen freien Platz: die Warteschlange führt %n Aufträge gleichzeitig auf diesem Backend aus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting after a rate limit (429).</source>
        <translation>Wartet nach einer Ratenbegrenzung (429).</translation>
    </message>
</context>
<context>
    <name>sdanim::queue::QueueJob</name>
    <message>
        <location filename="../app/queue/QueueJob.cpp" line="+33"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>sdanim::queue::QueueStore</name>
    <message>
        <location filename="../app/queue/QueueStore.cpp" line="+95"/>
        <location line="+42"/>
        <source>No job %1 in the queue.</source>
        <translation>Kein Auftrag %1 in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Job %1 is not waiting in the queue (only queued or paused jobs move).</source>
        <translation>Auftrag %1 wartet nicht in der Warteschlange (nur eingereihte oder pausierte Aufträge lassen sich verschieben).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 is not in the queue or has already finished.</source>
        <translation>Auftrag %1 ist nicht in der Warteschlange oder schon beendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job %1 is not queued, so it cannot be paused.</source>
        <translation>Auftrag %1 ist nicht eingereiht und kann daher nicht pausiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 is not paused.</source>
        <translation>Auftrag %1 ist nicht pausiert.</translation>
    </message>
</context>
<context>
    <name>sdanim::schema::Parameter</name>
    <message>
        <location filename="../app/schema/Parameter.cpp" line="+28"/>
        <source>expected a whole number, got &quot;%1&quot;</source>
        <translation>ganze Zahl erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>Zahl erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true oder false erwartet, „%1“ erhalten</translation>
    </message>
</context>
<context>
    <name>sdanim::session::AnimationSummary</name>
    <message numerus="yes">
        <location filename="../app/session/AnimationSummary.cpp" line="+30"/>
        <source>%n keyframe(s)</source>
        <translation>
            <numerusform>%n Schlüsselbild</numerusform>
            <numerusform>%n Schlüsselbilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 empty)</source>
        <translation>%1 (%2 leer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the last one back to the start)</source>
        <translation>%1 (der letzte zurück zum Start)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n frame(s) each</source>
        <translation>
            <numerusform>je %n Bild</numerusform>
            <numerusform>je %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video frame(s)</source>
        <translation>
            <numerusform>%n Videobild</numerusform>
            <numerusform>%n Videobilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ≈ %2 s at %3 fps</source>
        <translation>%1 ≈ %2 s bei %3 fps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 → %4</source>
        <translation>%1 · %2 · %3 → %4</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Latent interpolation: %n frame(s) per pair, the last latent is never decoded</source>
        <translation>
            <numerusform>Latent-Interpolation: %n Bild pro Paar, das letzte Latent wird nie dekodiert</numerusform>
            <numerusform>Latent-Interpolation: %n Bilder pro Paar, das letzte Latent wird nie dekodiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>FILM doubles %n time(s): ×%1</source>
        <translation>
            <numerusform>FILM verdoppelt %n-mal: ×%1</numerusform>
            <numerusform>FILM verdoppelt %n-mal: ×%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 to %3 give the same video</source>
        <translation>%1 — %2 bis %3 ergeben dasselbe Video</translation>
    </message>
    <message numerus="yes">
        <location line="-32"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::BackendSession</name>
    <message>
        <location filename="../app/session/BackendSession.cpp" line="+28"/>
        <source>The selected backend could not be created; check Settings.</source>
        <translation>Das gewählte Backend konnte nicht erstellt werden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The offline emulator could not start: %1</source>
        <translation>Der Offline-Emulator konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::session::FieldErrorText</name>
    <message>
        <location filename="../app/session/FieldErrorText.cpp" line="+23"/>
        <source>Must be less than or equal to %1</source>
        <translation>Muss kleiner oder gleich %1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be greater than or equal to %1</source>
        <translation>Muss größer oder gleich %1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid type. Expected: %1, given: %2</source>
        <translation>Ungültiger Typ: erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be one of the following: %2</source>
        <translation>%1 muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is required</source>
        <translation>Bitte %1 angeben</translation>
    </message>
</context>
<context>
    <name>sdanim::session::InputModel</name>
    <message>
        <location filename="../app/session/InputModel.cpp" line="+169"/>
        <source>Fill in %1 to run.</source>
        <translation>Zum Ausführen bitte %1 ausfüllen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required</source>
        <translation>Bitte %1 angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::ParameterText</name>
    <message>
        <location filename="../app/session/ParameterText.cpp" line="+14"/>
        <source>Start prompt</source>
        <translation>Start-Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt to start the animation with</source>
        <translation>Prompt, mit dem die Animation beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End prompts</source>
        <translation>End-Prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt to end the animation with. You can include multiple prompts by separating the prompts with | (the &apos;pipe&apos; character)</source>
        <translation>Prompt, mit dem die Animation endet. Mehrere Prompts trennen Sie mit | (dem senkrechten Strich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width of output image</source>
        <translation>Breite des Ausgabebilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height of output image</source>
        <translation>Höhe des Ausgabebilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference steps</source>
        <translation>Inferenzschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of denoising steps</source>
        <translation>Anzahl der Entrauschungsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt strength</source>
        <translation>Prompt-Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower prompt strength generates more coherent gifs, higher respects prompts more but can be jumpy</source>
        <translation>Eine geringere Prompt-Stärke ergibt stimmigere GIFs, eine höhere folgt den Prompts genauer, kann aber springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation frames</source>
        <translation>Animationsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of frames to animate</source>
        <translation>Anzahl der zu animierenden Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolation steps</source>
        <translation>Interpolationsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of steps to interpolate between animation frames</source>
        <translation>Anzahl der Interpolationsschritte zwischen den Animationsbildern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>Guidance-Skala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale for classifier-free guidance</source>
        <translation>Skala für Classifier-free Guidance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames/second in output GIF</source>
        <translation>Bilder pro Sekunde im Ausgabe-GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ping-pong</source>
        <translation>Ping-Pong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether to reverse the animation and go back to the beginning before looping</source>
        <translation>Ob die Animation vor dem Wiederholen rückwärts zum Anfang zurückläuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILM interpolation</source>
        <translation>FILM-Interpolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether to use FILM for between-frame interpolation (film-net.github.io)</source>
        <translation>Ob FILM für die Interpolation zwischen den Bildern verwendet wird (film-net.github.io)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate frames</source>
        <translation>Zwischenbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether to display intermediate outputs during generation</source>
        <translation>Ob Zwischenergebnisse während der Erzeugung angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed. Leave blank to randomize the seed</source>
        <translation>Zufalls-Seed. Leer lassen für einen zufälligen Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file format</source>
        <translation>Format der Ausgabedatei</translation>
    </message>
</context>
<context>
    <name>sdanim::session::PlanNoticeText</name>
    <message>
        <location filename="../app/session/PlanNoticeText.cpp" line="+14"/>
        <source>Strength %1 is not above 0: the frames get no denoising steps of their own, so every frame looks the same. The useful range is between 0 and 1.</source>
        <translation>Prompt-Stärke %1 ist nicht größer als 0: Die Bilder erhalten keine eigenen Entrauschungsschritte, daher sehen alle Bilder gleich aus. Sinnvoll sind Werte zwischen 0 und 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strength 1 leaves no shared start: every frame is denoised on its own, so the animation jumps. The useful range is between 0 and 1.</source>
        <translation>Prompt-Stärke 1 lässt keinen gemeinsamen Start: Jedes Bild wird für sich entrauscht, daher springt die Animation. Sinnvoll sind Werte zwischen 0 und 1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Strength %1 is above 1: the model then denoises each frame for only the last %n step(s) (Python&apos;s negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.</source>
        <translation>
            <numerusform>Prompt-Stärke %1 ist größer als 1: Das Modell entrauscht dann jedes Bild nur im letzten %n Schritt (negativer Slice in Python). Zulässig, aber selten beabsichtigt; sinnvoll sind Werte zwischen 0 und 1.</numerusform>
            <numerusform>Prompt-Stärke %1 ist größer als 1: Das Modell entrauscht dann jedes Bild nur in den letzten %n Schritten (negativer Slice in Python). Zulässig, aber selten beabsichtigt; sinnvoll sind Werte zwischen 0 und 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start prompt is empty: the model renders an unconditioned image for it.</source>
        <translation>Der Start-Prompt ist leer: Das Modell erzeugt dafür ein unkonditioniertes Bild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End prompt %1 is empty: the model renders an unconditioned image for it.</source>
        <translation>End-Prompt %1 ist leer: Das Modell erzeugt dafür ein unkonditioniertes Bild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without ping-pong the animation approaches the last prompt but never fully shows it: each segment stops one frame short of its target.</source>
        <translation>Ohne Ping-Pong nähert sich die Animation dem letzten Prompt, zeigt ihn aber nie ganz: Jeder Abschnitt endet ein Bild vor seinem Ziel.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Ping-pong renders a whole extra segment back to the start prompt: %n more frame(s) to denoise, not a reversed copy.</source>
        <translation>
            <numerusform>Ping-Pong berechnet einen ganzen zusätzlichen Abschnitt zurück zum Start-Prompt: %n Bild mehr zu entrauschen, keine umgekehrte Kopie.</numerusform>
            <numerusform>Ping-Pong berechnet einen ganzen zusätzlichen Abschnitt zurück zum Start-Prompt: %n Bilder mehr zu entrauschen, keine umgekehrte Kopie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::PlanPreview</name>
    <message>
        <location filename="../app/session/PlanPreview.cpp" line="+73"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interpolation steps make exactly the same video (×%2)</source>
        <translation>%1 Interpolationsschritte ergeben genau dasselbe Video (×%2)</translation>
    </message>
</context>
<context>
    <name>sdanim::session::PresetLibrary</name>
    <message>
        <location filename="../app/session/PresetLibrary.cpp" line="+67"/>
        <source>Saved preset “%1”</source>
        <translation>Voreinstellung „%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save preset “%1”: %2</source>
        <translation>Voreinstellung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renamed preset “%1” to “%2”</source>
        <translation>Voreinstellung „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not rename preset “%1”: %2</source>
        <translation>Voreinstellung „%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted preset “%1”</source>
        <translation>Voreinstellung „%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not delete preset “%1”: %2</source>
        <translation>Voreinstellung „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported preset “%1”</source>
        <translation>Voreinstellung „%1“ importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported preset “%1” to %2</source>
        <translation>Voreinstellung „%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export preset “%1”: %2</source>
        <translation>Voreinstellung „%1“ konnte nicht exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>sdanim::session::Run</name>
    <message>
        <location filename="../app/session/Run.cpp" line="+58"/>
        <source>Connection problem, retrying: %1</source>
        <translation>Verbindungsproblem, neuer Versuch: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The server aborted the prediction before it ran (for example because its deadline passed). Run it again.</source>
        <translation>Der Server hat die Vorhersage beendet, bevor sie lief (zum Beispiel, weil ihre Frist abgelaufen war). Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prediction failed without an error message.</source>
        <translation>Die Vorhersage ist ohne Fehlermeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run ended without a result.</source>
        <translation>Der Lauf endete ohne Ergebnis.</translation>
    </message>
</context>
<context>
    <name>sdanim::session::RunEstimateText</name>
    <message>
        <location filename="../app/session/RunEstimateText.cpp" line="+29"/>
        <source>≈ %1 s (%2–%3 s)</source>
        <translation>≈ %1 s (%2–%3 s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ %1 min (%2–%3 min)</source>
        <translation>≈ %1 min (%2–%3 min)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free (local)</source>
        <translation>kostenlos (lokal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>$%1 (%2–%3)</source>
        <translation>%1 $ (%2–%3 $)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documented A100 defaults</source>
        <translation>dokumentierte A100-Standardwerte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>learned from %n run(s)</source>
        <translation>
            <numerusform>gelernt aus %n Lauf</numerusform>
            <numerusform>gelernt aus %n Läufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::session::TokenOnboarding</name>
    <message>
        <location filename="../app/session/TokenOnboarding.cpp" line="+54"/>
        <source>The token could not be stored (%1); it is used until you quit.</source>
        <translation>Das Token konnte nicht gespeichert werden (%1); es wird bis zum Beenden verwendet.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::CostEstimator</name>
    <message>
        <location filename="../app/store/CostEstimator.cpp" line="+21"/>
        <source>free (local)</source>
        <translation>kostenlos (lokal)</translation>
    </message>
</context>
<context>
    <name>sdanim::store::HistoryImporter</name>
    <message>
        <location filename="../app/store/HistoryImporter.cpp" line="+92"/>
        <source>The prediction list had no &quot;results&quot; array.</source>
        <translation>Die Vorhersageliste enthielt kein „results“-Array.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::HistoryMigrations</name>
    <message>
        <location filename="../app/store/HistoryMigrations.cpp" line="+218"/>
        <source>Cannot read the history database version.</source>
        <translation>Die Version der Verlaufsdatenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history database was written by a newer SD Animator (schema %1; this version knows up to %2). It was left unchanged.</source>
        <translation>Die Verlaufsdatenbank wurde von einem neueren SD Animator geschrieben (Schema %1; diese Version kennt bis %2). Sie bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Migration left a dangling reference in table %1.</source>
        <translation>Die Migration hat einen verwaisten Verweis in Tabelle %1 hinterlassen.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::HistoryStore</name>
    <message>
        <location filename="../app/store/HistoryStore.cpp" line="+200"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot switch the history database %1 to WAL mode: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot update the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+142"/>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A history row needs a prediction id or a local id.</source>
        <translation>Ein Verlaufseintrag braucht eine Vorhersage-ID oder eine lokale ID.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+56"/>
        <location line="+14"/>
        <location line="+173"/>
        <location line="+13"/>
        <location line="+71"/>
        <source>No history row for prediction %1.</source>
        <translation>Kein Verlaufseintrag für Vorhersage %1.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::PresetStore</name>
    <message>
        <location filename="../app/store/PresetStore.cpp" line="-52"/>
        <source>The file is %1, more than the limit of %2 for preset files.</source>
        <translation>Die Datei ist %1 groß, mehr als die Grenze von %2 für Voreinstellungsdateien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is not an input of this model version</source>
        <translation>%1 ist keine Eingabe dieser Modellversion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation>Kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not an SD Animator preset: &quot;format&quot; is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Keine SD-Animator-Voreinstellung: „format“ ist „%1“, erwartet wurde „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This preset uses format version %1, but this SD Animator reads version %2 only. Update SD Animator to use it.</source>
        <translation>Diese Voreinstellung hat das Format Version %1, dieser SD Animator liest nur Version %2. Aktualisieren Sie SD Animator, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid preset: &quot;version&quot; must be the number %1.</source>
        <translation>Ungültige Voreinstellung: „version“ muss die Zahl %1 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid preset &quot;%1&quot;: &quot;input&quot; must be an object of input values.</source>
        <translation>Ungültige Voreinstellung „%1“: „input“ muss ein Objekt mit Eingabewerten sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+88"/>
        <source>Preset &quot;%1&quot; has invalid values:
%2</source>
        <translation>Die Voreinstellung „%1“ hat ungültige Werte:
%2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A preset needs a name.</source>
        <translation>Eine Voreinstellung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset names are limited to 100 characters.</source>
        <translation>Namen von Voreinstellungen dürfen höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset names cannot contain control characters.</source>
        <translation>Namen von Voreinstellungen dürfen keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is a built-in preset and cannot be changed; save under another name.</source>
        <translation>„%1“ ist eine mitgelieferte Voreinstellung und kann nicht geändert werden; speichern Sie unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preset &quot;%1&quot; would be %2, more than the limit of %3 for preset files; shorten its description or values.</source>
        <translation>Die Voreinstellung „%1“ wäre %2 groß, mehr als die Grenze von %3 für Voreinstellungsdateien; kürzen Sie ihre Beschreibung oder ihre Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <location line="+24"/>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Voreinstellung namens „%1“.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&quot;%1&quot; is a built-in preset and cannot be renamed.</source>
        <translation>„%1“ ist eine mitgelieferte Voreinstellung und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A preset named &quot;%1&quot; already exists.</source>
        <translation>Eine Voreinstellung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed, but could not remove the old file %1.</source>
        <translation>Umbenannt, aber die alte Datei %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is a built-in preset and cannot be deleted.</source>
        <translation>„%1“ ist eine mitgelieferte Voreinstellung und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is the name of a built-in preset; rename the file&apos;s preset first.</source>
        <translation>„%1“ ist der Name einer mitgelieferten Voreinstellung; benennen Sie die Voreinstellung in der Datei zuerst um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A preset named &quot;%1&quot; already exists; delete or rename it first, or replace it.</source>
        <translation>Eine Voreinstellung namens „%1“ gibt es bereits; löschen oder umbenennen Sie sie zuerst, oder ersetzen Sie sie.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::ResumeManager</name>
    <message>
        <location filename="../app/store/ResumeManager.cpp" line="+103"/>
        <source>The app stopped before the server confirmed this prediction. If it was created anyway, `sdanim history --import` brings it back.</source>
        <translation>Die App wurde beendet, bevor der Server diese Vorhersage bestätigt hat. Falls sie trotzdem erstellt wurde, holt `sdanim history --import` sie zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The offline emulator that ran this preview stopped with the app.</source>
        <translation>Der Offline-Emulator, der diese Vorschau berechnet hat, wurde mit der App beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local Cog container keeps no predictions; this run cannot be followed again.</source>
        <translation>Der lokale Cog-Container speichert keine Vorhersagen; dieser Lauf kann nicht wieder aufgenommen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backend cannot follow a prediction created earlier.</source>
        <translation>Dieses Backend kann eine früher erstellte Vorhersage nicht weiterverfolgen.</translation>
    </message>
</context>
<context>
    <name>sdanim::store::Sidecar</name>
    <message>
        <location filename="../app/store/Sidecar.cpp" line="+28"/>
        <source>%1 is %2, more than the limit of %3 for sidecar files.</source>
        <translation>%1 ist %2 groß, mehr als die Grenze von %3 für Begleitdateien.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is null</source>
        <translation>ist null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the number %1</source>
        <translation>ist die Zahl %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the text &quot;%1&quot;</source>
        <translation>ist der Text „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a list</source>
        <translation>ist eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an object</source>
        <translation>ist ein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be used: the field &quot;%2&quot; %3, expected %4.</source>
        <translation>%1 ist nicht verwendbar: Das Feld „%2“ %3, erwartet wurde %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+78"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a folder, not a sidecar file.</source>
        <translation>%1 ist ein Ordner, keine Begleitdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty, not a sidecar.</source>
        <translation>%1 ist leer, keine Begleitdatei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>%1 is not an SD Animator sidecar: it %2, not an object with &quot;format&quot;: &quot;%3&quot;.</source>
        <translation>%1 ist keine SD-Animator-Begleitdatei: Der Inhalt %2, kein Objekt mit „format“: „%3“.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 holds binary data, not JSON; it is not a sidecar.</source>
        <translation>%1 enthält Binärdaten, kein JSON; das ist keine Begleitdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an SD Animator sidecar: it has no &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>%1 ist keine SD-Animator-Begleitdatei: Es fehlt „format“: „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an SD Animator sidecar: its &quot;format&quot; is &quot;%2&quot;, expected &quot;%3&quot;.</source>
        <translation>%1 ist keine SD-Animator-Begleitdatei: „format“ ist „%2“, erwartet wurde „%3“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a whole number from 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer SD Animator (sidecar format %2, this version reads up to %3).</source>
        <translation>%1 wurde von einem neueren SD Animator geschrieben (Begleitdatei-Format %2, diese Version liest bis %3).</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no SD Animator information next to it (%2 not found).</source>
        <translation>Neben %1 liegen keine SD-Animator-Angaben (%2 nicht gefunden).</translation>
    </message>
</context>
<context>
    <name>sdanim::store::SweepStore</name>
    <message>
        <location filename="../app/store/SweepStore.cpp" line="+73"/>
        <source>No history row for prediction %1.</source>
        <translation>Kein Verlaufseintrag für Vorhersage %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prediction %1 is not in a sweep.</source>
        <translation>Vorhersage %1 gehört zu keinem Sweep.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No sweep %1 in the history.</source>
        <translation>Kein Sweep %1 im Verlauf.</translation>
    </message>
</context>
<context>
    <name>sdanim::storyboard::Storyboard</name>
    <message>
        <location filename="../app/storyboard/Storyboard.cpp" line="+31"/>
        <source>%1: &quot;%2&quot; must be a whole number.</source>
        <translation>%1: „%2“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; must be a number.</source>
        <translation>%1: „%2“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>A storyboard needs at least two prompts.</source>
        <translation>Ein Storyboard braucht mindestens zwei Prompts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A storyboard has at most %1 prompts.</source>
        <translation>Ein Storyboard hat höchstens %1 Prompts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 prompts need %2 transitions, the file has %3.</source>
        <translation>%1 Prompts brauchen %2 Übergänge, die Datei hat %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt %1: a storyboard prompt cannot contain &quot;|&quot; (the model would read it as several prompts).</source>
        <translation>Prompt %1: Ein Storyboard-Prompt darf kein „|“ enthalten (das Modell läse es als mehrere Prompts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt %1 is longer than %2 characters.</source>
        <translation>Prompt %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;output_format&quot; must be &quot;gif&quot; or &quot;mp4&quot;, not &quot;%1&quot;.</source>
        <translation>„output_format“ muss „gif“ oder „mp4“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transition %1 (prompt %1 → %2)</source>
        <translation>Übergang %1 (Prompt %1 → %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it makes %1 frames; a storyboard transition can have at most %2 (fewer frames or interpolation steps).</source>
        <translation>er erzeugt %1 Bilder; ein Storyboard-Übergang kann höchstens %2 haben (weniger Bilder oder Interpolationsschritte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the crossfade cannot be negative.</source>
        <translation>die Überblendung kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a crossfade of %1 frames is longer than the transitions beside it allow (at most %2).</source>
        <translation>eine Überblendung von %1 Bildern ist länger, als die Übergänge daneben erlauben (höchstens %2).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This is not a storyboard project: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Dies ist kein Storyboard-Projekt: „format“ muss „%1“ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storyboard has no valid &quot;version&quot; (a whole number, %1 for this app).</source>
        <translation>Das Storyboard hat keine gültige „version“ (eine ganze Zahl, %1 für diese App).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The storyboard is of version %1, made by a newer SD Animator; this one reads version %2.</source>
        <translation>Das Storyboard hat Version %1, von einem neueren SD Animator erstellt; dieser liest Version %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>&quot;prompts&quot; must be a list of texts.</source>
        <translation>„prompts“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;seed&quot; must be a whole number from 0 to 4294967295 (every transition shares it).</source>
        <translation>„seed“ muss eine ganze Zahl von 0 bis 4294967295 sein (alle Übergänge teilen ihn).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;transitions&quot; must be a list of objects, one per pair of prompts.</source>
        <translation>„transitions“ muss eine Liste von Objekten sein, eines je Prompt-Paar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transition %1</source>
        <translation>Übergang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 KB; a storyboard project is much smaller.</source>
        <translation>%1 ist größer als %2 KB; ein Storyboard-Projekt ist viel kleiner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a storyboard project: it must hold one JSON object.</source>
        <translation>%1 ist kein Storyboard-Projekt: Es muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sdanim::storyboard::StoryboardEstimate</name>
    <message>
        <location filename="../app/storyboard/StoryboardEstimate.cpp" line="+15"/>
        <source>transition %1</source>
        <translation>Übergang %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n Übergang</numerusform>
            <numerusform>%n Übergänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole storyboard: %1</source>
        <translation>ganzes Storyboard: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to run now: nothing (every transition is up to date)</source>
        <translation>jetzt auszuführen: nichts (jeder Übergang ist aktuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to run now: %1</source>
        <translation>jetzt auszuführen: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::storyboard::StoryboardRunner</name>
    <message>
        <location filename="../app/storyboard/StoryboardRunner.cpp" line="+77"/>
        <source>its video was not saved</source>
        <translation>sein Video wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transition %1: %2</source>
        <translation>Übergang %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transition %1: not run</source>
        <translation>Übergang %1: nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>sdanim::storyboard::StoryboardStitcher</name>
    <message>
        <location filename="../app/storyboard/StoryboardStitcher.cpp" line="+82"/>
        <source>There is nothing to stitch.</source>
        <translation>Es gibt nichts zusammenzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storyboard has no frame size.</source>
        <translation>Das Storyboard hat keine Bildgröße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transition %1 has no video to stitch (%2).</source>
        <translation>Übergang %1 hat kein Video zum Zusammenfügen (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it has not run</source>
        <translation>er ist nicht gelaufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transition %1: %2</source>
        <translation>Übergang %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transition %1 has more than %2 frames, more than a storyboard part can have.</source>
        <translation>Übergang %1 hat mehr als %2 Bilder, mehr als ein Storyboard-Teil haben kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stitching canceled.</source>
        <translation>Zusammenfügen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepAxis</name>
    <message>
        <location filename="../app/sweep/SweepAxis.cpp" line="+70"/>
        <source>--vary %1: this model version has no prompt_start and prompt_end</source>
        <translation>--vary %1: Diese Modellversion hat kein prompt_start und prompt_end</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--vary %1: end prompts are counted from 1 (prompt_end[1] is the first)</source>
        <translation>--vary %1: End-Prompts werden ab 1 gezählt (prompt_end[1] ist der erste)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--vary %1: the model has no such input (inputs: %2; also prompt_end[N] and prompts)</source>
        <translation>--vary %1: Das Modell hat keine solche Eingabe (Eingaben: %2; außerdem prompt_end[N] und prompts)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a text</source>
        <translation>erwartet einen Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one end prompt cannot contain &quot;|&quot; (vary prompt_end for the whole list)</source>
        <translation>ein End-Prompt kann kein „|“ enthalten (prompt_end variieren für die ganze Liste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--vary %1: value %2: %3</source>
        <translation>--vary %1: Wert %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--vary %1: &quot;%2&quot; in the range %3 is not a number</source>
        <translation>--vary %1: „%2“ im Bereich %3 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--vary %1: %2 takes whole numbers; the range %3 has a fraction</source>
        <translation>--vary %1: %2 nimmt ganze Zahlen; der Bereich %3 hat einen Bruchteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--vary %1: the step of %2 must be non-zero and go from the start towards the end</source>
        <translation>--vary %1: Der Schritt von %2 darf nicht null sein und muss vom Anfang zum Ende gehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary %1: the range %2 has more than %3 values</source>
        <translation>--vary %1: Der Bereich %2 hat mehr als %3 Werte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--vary %1: more than %2 values</source>
        <translation>--vary %1: mehr als %2 Werte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--vary %1: %2</source>
        <translation>--vary %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--vary %1: &quot;%2&quot; is not a prompt pair (write START =&gt; END)</source>
        <translation>--vary %1: „%2“ ist kein Prompt-Paar (START =&gt; ENDE schreiben)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--vary &quot;%1&quot;: expected NAME=VALUES, e.g. seed=1,2,3 or guidance_scale=5:9:2</source>
        <translation>--vary „%1“: erwartet NAME=WERTE, z. B. seed=1,2,3 oder guidance_scale=5:9:2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>--vary %1: no values</source>
        <translation>--vary %1: keine Werte</translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepEstimate</name>
    <message numerus="yes">
        <location filename="../app/sweep/SweepEstimate.cpp" line="+62"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute %1</source>
        <translation>Rechenzeit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 with %2 at once</source>
        <translation>etwa %1 mit %2 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepSession</name>
    <message>
        <location filename="../app/sweep/SweepSession.cpp" line="+75"/>
        <source>The history could not record the sweep; its runs are recorded on their own.</source>
        <translation>Der Verlauf konnte den Sweep nicht speichern; seine Läufe werden einzeln gespeichert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The queue could not be written; the sweep did not start.</source>
        <translation>Die Warteschlange konnte nicht geschrieben werden; der Sweep wurde nicht gestartet.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Sweep %1 is not in the history.</source>
        <translation>Sweep %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweep %1 cannot be shown: %2</source>
        <translation>Sweep %1 kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>sdanim::sweep::SweepSpec</name>
    <message>
        <location filename="../app/sweep/SweepSpec.cpp" line="+19"/>
        <source>A sweep needs --vary NAME=VALUES (once for a row of runs, twice for a grid).</source>
        <translation>Ein Sweep braucht --vary NAME=WERTE (einmal für eine Reihe von Läufen, zweimal für ein Raster).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sweep varies at most %1 inputs; --vary was given %2 times.</source>
        <translation>Ein Sweep variiert höchstens %1 Eingaben; --vary wurde %2-mal angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--vary %1 and --vary %2 both change %3; vary it once.</source>
        <translation>--vary %1 und --vary %2 ändern beide %3; nur einmal variieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sweep has %1 runs; at most %2 are allowed.</source>
        <translation>Der Sweep hat %1 Läufe; höchstens %2 sind erlaubt.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>--vary %1: the base prompt_end has %n end prompt(s); give one for every position up to %2.</source>
        <translation>
            <numerusform>--vary %1: Das Basis-prompt_end hat %n End-Prompt; einen für jede Position bis %2 angeben.</numerusform>
            <numerusform>--vary %1: Das Basis-prompt_end hat %n End-Prompts; einen für jede Position bis %2 angeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 (%2): %3</source>
        <translation>Lauf %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 (%2): %3: %4</source>
        <translation>Lauf %1 (%2): %3: %4</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::ChoiceField</name>
    <message>
        <location filename="../ui/ChoiceField.cpp" line="+32"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::CompareGridCell</name>
    <message>
        <location filename="../ui/CompareGridCell.cpp" line="+25"/>
        <source>Star this run</source>
        <translation>Diesen Lauf markieren</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::CompareGridDock</name>
    <message>
        <location filename="../ui/CompareGridDock.cpp" line="+36"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started: refused</source>
        <translation>Nicht gestartet: abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run</source>
        <translation>Nicht gelaufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare Grid</source>
        <translation>Vergleichsraster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopen a past sweep from the history</source>
        <translation>Einen früheren Sweep aus dem Verlauf wieder öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel Sweep</source>
        <translation>Sweep abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cell size</source>
        <translation>Zellengröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the grid as one image: the frame each cell shows, with the labels</source>
        <translation>Das Raster als ein Bild speichern: das Bild, das jede Zelle zeigt, mit den Beschriftungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Export Video…</source>
        <translation>Als Video exportieren …</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Save the grid as one MP4: every cell playing in step, with the labels</source>
        <translation>Das Raster als ein MP4 speichern: alle Zellen laufen im Gleichschritt, mit den Beschriftungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sweep:</source>
        <translation>Sweep:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting video: frame %1 of %2</source>
        <translation>Video wird exportiert: Bild %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid video saved to %1</source>
        <translation>Rastervideo gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A sweep is running; cancel it before opening another.</source>
        <translation>Ein Sweep läuft; brechen Sie ihn ab, bevor Sie einen anderen öffnen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>#%1 %2 × %3 · %4 · %5</source>
        <translation>Nr. %1 %2 × %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Start a sweep with Run → Sweep…</source>
        <translation>Starten Sie einen Sweep mit Ausführen → Sweep …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 runs done</source>
        <translation>%1 von %2 Läufen fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs, %2 shown</source>
        <translation>%1 Läufe, %2 angezeigt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Grid Video</source>
        <translation>Rastervideo exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Contact Sheet</source>
        <translation>Kontaktbogen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact sheet saved to %1</source>
        <translation>Kontaktbogen gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::DebugLogDock</name>
    <message>
        <location filename="../ui/DebugLogDock.cpp" line="+18"/>
        <source>Debug Log</source>
        <translation>Debug-Protokoll</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP requests of this session, newest last (the last %1 are kept); the token is never shown.</source>
        <translation>HTTP-Anfragen dieser Sitzung, die neueste zuletzt (die letzten %1 werden behalten); das Token wird nie angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::DeploymentPicker</name>
    <message>
        <location filename="../ui/DeploymentPicker.cpp" line="+19"/>
        <source>The model version (default)</source>
        <translation>Die Modellversion (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deployment of my account:</source>
        <translation>Ein Deployment meines Kontos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creates go to the deployment&apos;s own instances (POST /v1/deployments/…/predictions); the rest of the run is the same.</source>
        <translation>Neue Läufe gehen an die eigenen Instanzen des Deployments (POST /v1/deployments/…/predictions); der Rest des Laufs ist gleich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min instances</source>
        <translation>Min. Instanzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max instances</source>
        <translation>Max. Instanzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the account&apos;s deployments again</source>
        <translation>Die Deployments des Kontos erneut auflisten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Pick one of the deployments in the list, or run on the model version.</source>
        <translation>Wählen Sie eines der Deployments in der Liste, oder führen Sie auf der Modellversion aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fetching the account&apos;s deployments…</source>
        <translation>Die Deployments des Kontos werden abgerufen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, version %2 (release %3)</source>
        <translation>%1, Version %2 (Release %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This account has no deployments; create one on replicate.com/deployments.</source>
        <translation>Dieses Konto hat keine Deployments; legen Sie eines auf replicate.com/deployments an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not among the account&apos;s deployments.</source>
        <translation>%1 ist nicht unter den Deployments des Kontos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deployment(s) on this account.</source>
        <translation>
            <numerusform>%n Deployment auf diesem Konto.</numerusform>
            <numerusform>%n Deployments auf diesem Konto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdanim::ui::EndPromptRow</name>
    <message>
        <location filename="../ui/EndPromptRow.cpp" line="+23"/>
        <source>Describe the next keyframe</source>
        <translation>Beschreiben Sie das nächste Schlüsselbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this end prompt</source>
        <translation>Diesen End-Prompt entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End prompt %1</source>
        <translation>End-Prompt %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+49"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The first %n frame(s) as they will be exported.</source>
        <translation>
            <numerusform>Das erste %n Bild, wie es exportiert wird.</numerusform>
            <numerusform>Die ersten %n Bilder, wie sie exportiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM (VP9)</source>
        <translation>WebM (VP9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APNG</source>
        <translation>APNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG frames (a folder)</source>
        <translation>PNG-Bilder (ein Ordner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as the source</source>
        <translation>wie die Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without interpolation a new rate plays the same frames faster or slower; with it, frames are made so the length stays.</source>
        <translation>Ohne Interpolation spielt eine neue Rate dieselben Bilder schneller oder langsamer ab; mit ihr werden Bilder erzeugt, sodass die Länge bleibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame &amp;rate:</source>
        <translation>Bild&amp;rate:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion-compensated (minterpolate)</source>
        <translation>Bewegungskompensiert (minterpolate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blend (framerate)</source>
        <translation>Überblenden (framerate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (slower)</source>
        <translation>Hoch (langsamer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interpolation:</source>
        <translation>&amp;Interpolation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from frame</source>
        <translation>ab Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to (not including)</source>
        <translation>bis (ausschließlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trim:</source>
        <translation>&amp;Zuschnitt:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale:</source>
        <translation>Ska&amp;lierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>forever</source>
        <translation>endlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plays:</source>
        <translation>&amp;Wiedergaben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ping-pong: add a reversed copy (no repeated end frames)</source>
        <translation>Ping-Pong: eine umgekehrte Kopie anhängen (ohne wiederholte Endbilder)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview frames</source>
        <translation>Bilder vorschauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the first few frames with these settings, before the whole export</source>
        <translation>Die ersten Bilder mit diesen Einstellungen erzeugen, vor dem ganzen Export</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Source: %1 frames of %2×%3 at %4 fps</source>
        <translation>Quelle: %1 Bilder von %2×%3 bei %4 fps</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The loop count stored in the file</source>
        <translation>Die in der Datei gespeicherte Wiederholungszahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video has no loop count: it holds the frames this many times</source>
        <translation>Ein Video hat keine Wiederholungszahl: es enthält die Bilder so oft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the PNG frames</source>
        <translation>Ordner für die PNG-Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*%2)</source>
        <translation>%1-Dateien (*%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Making the preview…</source>
        <translation>Erzeuge die Vorschau …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export must not replace its source.</source>
        <translation>Der Export darf seine Quelle nicht ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::FieldRow</name>
    <message>
        <location filename="../ui/FieldRow.cpp" line="+23"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default random</source>
        <translation>Standard zufällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1–%2</source>
        <translation> · %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset to default (%1)</source>
        <translation>Auf Standard zurücksetzen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to default (random seed)</source>
        <translation>Auf Standard zurücksetzen (zufälliger Seed)</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistoryImportBar</name>
    <message>
        <location filename="../ui/HistoryImportBar.cpp" line="+36"/>
        <source>&amp;Import from Replicate Account</source>
        <translation>Aus Replicate-Konto &amp;importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the predictions of this model made with your token or on replicate.com to the history (none twice).</source>
        <translation>Die Vorhersagen dieses Modells, die mit Ihrem Token oder auf replicate.com gemacht wurden, in den Verlauf übernehmen (keine doppelt).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import (what is imported so far stays in the history)</source>
        <translation>Den Import anhalten (was bisher importiert ist, bleibt im Verlauf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Needs the Replicate cloud backend (a token in Settings).</source>
        <translation>Braucht das Backend Replicate-Cloud (ein Token in den Einstellungen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing needs the Replicate cloud backend: set a token in Settings.</source>
        <translation>Der Import braucht das Backend Replicate-Cloud: Hinterlegen Sie ein Token in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Importing history: page %1, %n prediction(s) read</source>
        <translation>
            <numerusform>Verlauf wird importiert: Seite %1, %n Vorhersage gelesen</numerusform>
            <numerusform>Verlauf wird importiert: Seite %1, %n Vorhersagen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History import: %1 new, %2 updated, %3 already known.</source>
        <translation>Verlaufsimport: %1 neu, %2 aktualisiert, %3 schon bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History import failed: %1</source>
        <translation>Verlaufsimport fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History import canceled (%1 new, %2 updated before that).</source>
        <translation>Verlaufsimport abgebrochen (vorher %1 neu, %2 aktualisiert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing history…</source>
        <translation>Verlauf wird importiert …</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistoryItemDelegate</name>
    <message>
        <location filename="../ui/HistoryItemDelegate.cpp" line="+17"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>re-export</source>
        <translation>Neuexport</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistoryListModel</name>
    <message>
        <location filename="../ui/HistoryListModel.cpp" line="+63"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prediction: %1</source>
        <translation>Vorhersage: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::HistorySidebar</name>
    <message>
        <location filename="../ui/HistorySidebar.cpp" line="+73"/>
        <source>Files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outputs use %1 on disk</source>
        <translation>Ausgaben belegen %1 auf der Festplatte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search prompts or prediction ids</source>
        <translation>Prompt/ID suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only predictions with this status</source>
        <translation>Nur Vorhersagen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Prediction history</source>
        <translation>Vorhersageverlauf</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+185"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading history…</source>
        <translation>Verlauf wird geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prediction matches.</source>
        <translation>Keine Vorhersage passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No predictions yet.</source>
        <translation>Noch keine Vorhersagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n Vorhersage</numerusform>
            <numerusform>%n Vorhersagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This prediction is no longer in the history.</source>
        <translation>Diese Vorhersage ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inputs of this prediction were not kept (the server removed its data).</source>
        <translation>Die Eingaben dieser Vorhersage wurden nicht aufbewahrt (der Server hat ihre Daten entfernt).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied prediction id %1</source>
        <translation>Vorhersage-ID %1 kopiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This prediction has no web page.</source>
        <translation>Diese Vorhersage hat keine Webseite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file of this prediction was saved.</source>
        <translation>Von dieser Vorhersage wurde keine Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>Could not delete the prediction from the history.</source>
        <translation>Die Vorhersage konnte nicht aus dem Verlauf gelöscht werden.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete from History</source>
        <translation>Aus dem Verlauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” from the history?</source>
        <translation>„%1“ aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without its files, the entry can be restored with Undo for a while. Deleted files cannot be restored.</source>
        <translation>Ohne seine Dateien lässt sich der Eintrag eine Weile mit „Rückgängig“ wiederherstellen. Gelöschte Dateien lassen sich nicht wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Also delete its %n file(s) from disk (frees %1)</source>
        <translation>
            <numerusform>Auch seine %n Datei von der Festplatte löschen (gibt %1 frei)</numerusform>
            <numerusform>Auch seine %n Dateien von der Festplatte löschen (gibt %1 frei)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted the prediction and %n file(s), %1 freed.</source>
        <translation>
            <numerusform>Vorhersage und %n Datei gelöscht, %1 frei geworden.</numerusform>
            <numerusform>Vorhersage und %n Dateien gelöscht, %1 frei geworden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not restore the prediction.</source>
        <translation>Die Vorhersage konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load inputs into the form</source>
        <translation>Eingaben ins Formular laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again with a new seed</source>
        <translation>Mit neuem Seed erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy prediction id</source>
        <translation>Vorhersage-ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy web URL</source>
        <translation>Web-URL kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open containing folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+87"/>
        <location line="+227"/>
        <source>SD Animator</source>
        <translation>SD Animator</translation>
    </message>
    <message numerus="yes">
        <location line="-197"/>
        <source>%n run(s) in progress</source>
        <translation>
            <numerusform>%n Lauf aktiv</numerusform>
            <numerusform>%n Läufe aktiv</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a run with these inputs (Ctrl+Enter). Runs already in flight continue.</source>
        <translation>Einen Lauf mit diesen Eingaben starten (Strg+Eingabe). Bereits laufende Läufe gehen weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected run (Esc)</source>
        <translation>Den ausgewählten Lauf abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep…</source>
        <translation>Sweep …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run these inputs several times, varying one or two of them, into a compare grid</source>
        <translation>Diese Eingaben mehrmals ausführen, mit einer oder zwei davon variiert, in ein Vergleichsraster</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run(s) exist), at the price per second set in Settings.</source>
        <translation>
            <numerusform>Was das echte Modell auf Replicate für diese Eingaben braucht: ihr Rechenaufwand (Entrauschungsschritte, Dekodierungen, FILM, Kodierung) mal Raten, die aus Ihren abgeschlossenen Replicate-Läufen ermittelt werden (die dokumentierten A100-Standardwerte, bis %n Lauf vorliegt), zum Preis pro Sekunde aus den Einstellungen.</numerusform>
            <numerusform>Was das echte Modell auf Replicate für diese Eingaben braucht: ihr Rechenaufwand (Entrauschungsschritte, Dekodierungen, FILM, Kodierung) mal Raten, die aus Ihren abgeschlossenen Replicate-Läufen ermittelt werden (die dokumentierten A100-Standardwerte, bis %n Läufe vorliegen), zum Preis pro Sekunde aus den Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inputs loaded from the history</source>
        <translation>Eingaben aus dem Verlauf geladen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Inputs of the sweep&apos;s run loaded into the form</source>
        <translation>Eingaben des Laufs aus dem Sweep ins Formular geladen</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Job %1 added to the queue</source>
        <translation>Auftrag %1 in die Warteschlange eingereiht</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load Inputs from Output File…</source>
        <translation>Eingaben aus Ausgabedatei &amp;laden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the inputs recorded next to a GIF/MP4 (or its .json sidecar) into the form</source>
        <translation>Die neben einem GIF/MP4 (oder in seiner .json-Begleitdatei) gespeicherten Eingaben ins Formular laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Code</source>
        <translation>Als &amp;Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset All Inputs to Defaults</source>
        <translation>Alle Eingaben auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Presets</source>
        <translation>&amp;Voreinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Form as Preset…</source>
        <translation>Formular als Voreinstellung &amp;speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manage Presets…</source>
        <translation>Voreinstellungen &amp;verwalten …</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;weep…</source>
        <translation>S&amp;weep …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Story&amp;board…</source>
        <translation>Story&amp;board…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Storyboard stitched into %1</source>
        <translation>Storyboard zusammengefügt in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to &amp;Queue</source>
        <translation>In die &amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel Selected Run</source>
        <translation>Ausgewählten Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel &amp;All Runs</source>
        <translation>&amp;Alle Läufe abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reuse &amp;Seed of Selected Run</source>
        <translation>&amp;Seed des ausgewählten Laufs übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load Inputs of Selected Run</source>
        <translation>&amp;Eingaben des ausgewählten Laufs laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Debug Log</source>
        <translation>&amp;Debug-Protokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About SD Animator</source>
        <translation>Ü&amp;ber SD Animator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About SD Animator</source>
        <translation>Über SD Animator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SD Animator %1&lt;/h3&gt;&lt;p&gt;Prompt-to-prompt animations with the Replicate model %2: on Replicate&apos;s cloud, on a local Cog container, or offline with the bundled emulator, whose outputs are labelled synthetic previews.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SD Animator %1&lt;/h3&gt;&lt;p&gt;Prompt-zu-Prompt-Animationen mit dem Replicate-Modell %2: in der Cloud von Replicate, in einem lokalen Cog-Container oder offline mit dem mitgelieferten Emulator, dessen Ausgaben als synthetische Vorschauen gekennzeichnet sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>They keep running on the server; SD Animator follows them again at the next start.</source>
        <translation>Sie laufen auf dem Server weiter; SD Animator verfolgt sie beim nächsten Start wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They run on this computer and stop when SD Animator quits.</source>
        <translation>Sie laufen auf diesem Computer und enden, wenn SD Animator beendet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit SD Animator</source>
        <translation>SD Animator beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n run(s) still in progress.</source>
        <translation>
            <numerusform>%n Lauf ist noch aktiv.</numerusform>
            <numerusform>%n Läufe sind noch aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Model version %1 loaded</source>
        <translation>Modellversion %1 geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline: using the shipped model version %1</source>
        <translation>Offline: Die mitgelieferte Modellversion %1 wird verwendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backend</source>
        <translation>Kein Backend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs are synthetic previews made on this computer, not by the real model.</source>
        <translation>Die Ausgaben sind synthetische Vorschauen, die auf diesem Computer erzeugt werden, nicht vom echten Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model version %1</source>
        <translation>Modellversion %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backend is available: choose one in Settings.</source>
        <translation>Kein Backend verfügbar: Wählen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a run with these inputs (Ctrl+Enter)</source>
        <translation>Einen Lauf mit diesen Eingaben starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run yet: %1</source>
        <translation>Noch nicht ausführbar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not start a run: no backend.</source>
        <translation>Lauf konnte nicht gestartet werden: kein Backend.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queued run (job %1) started</source>
        <translation>Eingereihter Lauf (Auftrag %1) gestartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run queued (job %1): %2</source>
        <translation>Lauf eingereiht (Auftrag %1): %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Seed %1 locked for the next runs</source>
        <translation>Seed %1 für die nächsten Läufe festgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This run&apos;s seed is not known yet.</source>
        <translation>Der Seed dieses Laufs ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inputs of the run loaded into the form</source>
        <translation>Eingaben des Laufs ins Formular geladen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copied the %1 snippet; it reads the token from $REPLICATE_API_TOKEN</source>
        <translation>%1-Codebeispiel kopiert; es liest das Token aus $REPLICATE_API_TOKEN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no readable inputs: %2</source>
        <translation>%1 hat keine lesbaren Eingaben: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded the inputs of %1</source>
        <translation>Eingaben von %1 geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source> (ignored inputs this model version does not have: %1)</source>
        <translation> (ignorierte Eingaben, die diese Modellversion nicht kennt: %1)</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Load Inputs from Output File</source>
        <translation>Eingaben aus Ausgabedatei laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs and sidecars (*.gif *.mp4 *.png *.json);;All files (*)</source>
        <translation>Ausgaben und Begleitdateien (*.gif *.mp4 *.png *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Save Preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Preset name:</source>
        <translation>Name der Voreinstellung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a built-in preset; choose another name.</source>
        <translation>„%1“ ist eine mitgelieferte Voreinstellung; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the preset “%1”?</source>
        <translation>Die Voreinstellung „%1“ ersetzen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applied preset “%1”</source>
        <translation>Voreinstellung „%1“ angewendet</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+22"/>
        <source>This prediction has no saved output.</source>
        <translation>Diese Vorhersage hat keine gespeicherte Ausgabe.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::ParameterForm</name>
    <message>
        <location filename="../ui/ParameterForm.cpp" line="+58"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PresetManagerDialog</name>
    <message>
        <location filename="../ui/PresetManagerDialog.cpp" line="+33"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rename Preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the preset “%1”?</source>
        <translation>Die Voreinstellung „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Preset</source>
        <translation>Voreinstellung importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Voreinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presets (*.json)</source>
        <translation>Voreinstellungen (*.json)</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PreviewFileActions</name>
    <message>
        <location filename="../ui/PreviewFileActions.cpp" line="+25"/>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved, but the old %1 next to it could not be removed.</source>
        <translation>Gespeichert, aber die alte %1 daneben konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved, but without its inputs (a copy that cannot restore them): %1</source>
        <translation>Gespeichert, aber ohne seine Eingaben (die Kopie kann sie nicht wiederherstellen): %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PreviewFilmstrip</name>
    <message>
        <location filename="../ui/PreviewFilmstrip.cpp" line="+32"/>
        <source>Intermediate frames</source>
        <translation>Zwischenbilder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Output %1: %2</source>
        <translation>Ausgabe %1: %2</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PreviewPane</name>
    <message>
        <location filename="../ui/PreviewPane.cpp" line="+136"/>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Offline preview: synthetic emulator output, not the real model</source>
        <translation>Offline-Vorschau: synthetische Emulator-Ausgabe, nicht das echte Modell</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+190"/>
        <source>The finished animation appears here.</source>
        <translation>Hier erscheint die fertige Animation.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Drag to copy the file elsewhere</source>
        <translation>Ziehen, um die Datei anderswohin zu kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+359"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual size (1:1)</source>
        <translation>Originalgröße (1:1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open containing folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file and the frame on screen to the clipboard</source>
        <translation>Die Datei und das angezeigte Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-export locally: another format, frame rate, trim, size, loop, ping-pong or interpolation (free)</source>
        <translation>Lokal neu exportieren: anderes Format, Bildrate, Zuschnitt, Größe, Wiederholung, Ping-Pong oder Interpolation (kostenlos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+341"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+330"/>
        <location line="+3"/>
        <source>Frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Drag the output file from here into another application</source>
        <translation>Die Ausgabedatei von hier in eine andere Anwendung ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag output file</source>
        <translation>Ausgabedatei ziehen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Generating… %n intermediate frame(s) so far.</source>
        <translation>
            <numerusform>Wird erzeugt … bisher %n Zwischenbild.</numerusform>
            <numerusform>Wird erzeugt … bisher %n Zwischenbilder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+127"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save output as</source>
        <translation>Ausgabe speichern unter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::PromptEditor</name>
    <message>
        <location filename="../ui/PromptEditor.cpp" line="+34"/>
        <source>Add end prompt</source>
        <translation>End-Prompt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the animation starts with, e.g. “a watercolor fox in a forest”</source>
        <translation>Womit die Animation beginnt, z. B. „a watercolor fox in a forest“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another keyframe prompt; the animation moves through the prompts in order</source>
        <translation>Einen weiteren Schlüsselbild-Prompt hinzufügen; die Animation durchläuft die Prompts der Reihe nach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start prompt</source>
        <translation>Start-Prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End prompts (in order)</source>
        <translation>End-Prompts (der Reihe nach)</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::QueueDock</name>
    <message>
        <location filename="../ui/QueueDock.cpp" line="+32"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+61"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Start no more jobs; the running ones finish</source>
        <translation>Keine Aufträge mehr starten; laufende werden fertig</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected job out of the queue (a running one is canceled)</source>
        <translation>Den gewählten Auftrag aus der Warteschlange nehmen (ein laufender wird abgebrochen)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start jobs again</source>
        <translation>Wieder Aufträge starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 waiting, %2 running · spent %3 (today %4)</source>
        <translation>%1 wartend, %2 laufend · ausgegeben %3 (heute %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · budget %1</source>
        <translation> · Budget %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · daily budget %1</source>
        <translation> · Tagesbudget %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The queue is paused: no job starts until it is resumed.</source>
        <translation>Die Warteschlange ist pausiert: kein Auftrag startet, bis sie fortgesetzt wird.</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::RequestLogModel</name>
    <message>
        <location filename="../ui/RequestLogModel.cpp" line="+70"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer ***</source>
        <translation>Bearer ***</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Authorization header was sent; its value is never shown.</source>
        <translation>Ein Authorization-Header wurde gesendet; sein Wert wird nie angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Authorization header was sent.</source>
        <translation>Es wurde kein Authorization-Header gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::RunListView</name>
    <message>
        <location filename="../ui/RunListView.cpp" line="+19"/>
        <source>No runs yet. Fill in the prompts and press Run (Ctrl+Enter). Several runs can be in flight at once.</source>
        <translation>Noch keine Läufe. Füllen Sie die Prompts aus und klicken Sie auf „Ausführen“ (Strg+Eingabe). Mehrere Läufe können gleichzeitig aktiv sein.</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::RunRow</name>
    <message>
        <location filename="../ui/RunRow.cpp" line="+34"/>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel this run (Esc when selected)</source>
        <translation>Diesen Lauf abbrechen (Esc, wenn ausgewählt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove from this list (the history keeps it)</source>
        <translation>Aus dieser Liste entfernen (der Verlauf behält ihn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show output</source>
        <translation>Ausgabe anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load inputs into the form</source>
        <translation>Eingaben ins Formular laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse seed of this run</source>
        <translation>Seed dieses Laufs übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Log (%n line(s))</source>
        <translation>
            <numerusform>Protokoll (%n Zeile)</numerusform>
            <numerusform>Protokoll (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prediction %1</source>
        <translation>Vorhersage %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1% · about %2 left</source>
        <translation>%1 % · noch etwa %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still starting after %1. The model may be booting (cold start) or the queue is long; you can keep waiting or cancel.</source>
        <translation>Startet nach %1 immer noch. Das Modell fährt vielleicht hoch (Kaltstart) oder die Warteschlange ist lang; Sie können weiter warten oder abbrechen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fields concerned are marked in the form.</source>
        <translation>Die betroffenen Felder sind im Formular markiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::SeedField</name>
    <message>
        <location filename="../ui/SeedField.cpp" line="+17"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave blank for a new random seed on every run</source>
        <translation>Leer lassen für einen neuen zufälligen Seed bei jedem Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a new random seed and keep it</source>
        <translation>Einen neuen zufälligen Seed ziehen und beibehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Lock</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Locked: every run uses this seed. Unlocked: every run draws a new seed and shows it here.</source>
        <translation>Festgehalten: Jeder Lauf verwendet diesen Seed. Gelöst: Jeder Lauf zieht einen neuen Seed und zeigt ihn hier an.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Locked</source>
        <translation>Festgehalten</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+37"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notify me when a run finishes while the window is in the background</source>
        <translation>Benachrichtigen, wenn ein Lauf endet, während das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow storing the token in a plain-text file when no keyring is available</source>
        <translation>Speichern des Tokens in einer Klartextdatei erlauben, wenn kein Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (Replicate cloud when a token is set, else offline emulator)</source>
        <translation>Automatisch (Replicate-Cloud mit Token, sonst Offline-Emulator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicate cloud</source>
        <translation>Replicate-Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local Cog container</source>
        <translation>Lokaler Cog-Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline emulator (synthetic previews, no network)</source>
        <translation>Offline-Emulator (synthetische Vorschauen, kein Netzwerk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>r8_… (from replicate.com/account/api-tokens)</source>
        <translation>r8_… (von replicate.com/account/api-tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is stored; type here to replace it</source>
        <translation>Ein Token ist gespeichert; zum Ersetzen hier eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the stored token from the keyring</source>
        <translation>Das gespeicherte Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the token (cloud) or that the container answers (Cog) with the values in this dialog</source>
        <translation>Prüft mit den Werten in diesem Dialog das Token (Cloud) bzw. ob der Container antwortet (Cog)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: always use the model&apos;s latest version</source>
        <translation>leer: immer die neueste Version des Modells verwenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicate bills the prediction&apos;s run time (predict_time) at the price of its hardware. Used for the run estimates and the history&apos;s cost column.</source>
        <translation>Replicate berechnet die Laufzeit der Vorhersage (predict_time) zum Preis ihrer Hardware. Wird für die Laufschätzungen und die Kostenspalte des Verlaufs verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cog URL:</source>
        <translation>Cog-URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin version:</source>
        <translation>Version festlegen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nvidia A100 (40GB), the model&apos;s hardware: $%1 per second</source>
        <translation>Nvidia A100 (40GB), die Hardware des Modells: %1 $ pro Sekunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The stored token will be removed when you press OK</source>
        <translation>Das gespeicherte Token wird entfernt, wenn Sie auf OK klicken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output Folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (latest, just fetched)</source>
        <translation>%1 (neueste, gerade abgerufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (shipped version; the server could not be reached)</source>
        <translation>%1 (mitgelieferte Version; der Server war nicht erreichbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backend</source>
        <translation>Kein Backend</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deployments are on the Replicate cloud: choose it as the backend (with a token) to list and use them.</source>
        <translation>Deployments gibt es in der Replicate-Cloud: wählen Sie sie als backend (mit token), um sie aufzulisten und zu nutzen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fetching the model&apos;s latest version…</source>
        <translation>Neueste Version des Modells wird abgerufen …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language is used after a restart.</source>
        <translation>Die neue Sprache wird nach einem Neustart verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token not saved</source>
        <translation>Token nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::StoryboardDialog</name>
    <message>
        <location filename="../ui/StoryboardDialog.cpp" line="+73"/>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lighthouse at dusk</source>
        <translation>ein Leuchtturm in der Abenddämmerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a storm over the sea</source>
        <translation>ein Sturm über dem Meer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One long animation from several runs: each transition between two neighbouring prompts is its own prediction with its own length, and the parts are stitched into one file, with a crossfade where a boundary would jump. Re-running one transition keeps the others.</source>
        <translation>Eine lange Animation aus mehreren Läufen: Jeder Übergang zwischen zwei benachbarten Prompts ist eine eigene Vorhersage mit eigener Länge, und die Teile werden zu einer Datei zusammengefügt, mit einer Überblendung, wo eine Grenze springen würde. Ein erneuter Lauf eines Übergangs behält die anderen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open storyboard</source>
        <translation>Storyboard öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Storyboard projects (*.json)</source>
        <translation>Storyboard-Projekte (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save storyboard</source>
        <translation>Storyboard speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prompts, in order</source>
        <translation>Prompts, in Reihenfolge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add prompt</source>
        <translation>Prompt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove prompt</source>
        <translation>Prompt entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crossfade</source>
        <translation>Überblendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>num_animation_frames: frames rendered between the two prompts</source>
        <translation>num_animation_frames: zwischen den beiden Prompts berechnete Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>num_interpolation_steps: FILM&apos;s in-between frames</source>
        <translation>num_interpolation_steps: die Zwischenbilder von FILM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames blended into the next transition (0: a plain cut)</source>
        <translation>Bilder, die in den nächsten Übergang überblendet werden (0: ein harter Schnitt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video frames this transition makes (spec §9.4)</source>
        <translation>Videobilder, die dieser Übergang erzeugt (Spezifikation §9.4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shared by every transition</source>
        <translation>Gemeinsam für alle Übergänge</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference steps</source>
        <translation>Inferenzschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs the transitions that never ran or changed, then stitches the file</source>
        <translation>Führt die Übergänge aus, die nie liefen oder sich geändert haben, und fügt dann die Datei zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run selected</source>
        <translation>Ausgewählten erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected transition again (a new prediction) and stitches again; the others are kept</source>
        <translation>Führt den ausgewählten Übergang erneut aus (eine neue Vorhersage) und fügt neu zusammen; die anderen bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to run</source>
        <translation>auszuführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No backend is ready; check the settings.</source>
        <translation>Kein Backend ist bereit; bitte die Einstellungen prüfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every transition is up to date; stitching again.</source>
        <translation>Jeder Übergang ist aktuell; es wird erneut zusammengefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Running %n transition(s)…</source>
        <translation>
            <numerusform>%n Übergang läuft…</numerusform>
            <numerusform>%n Übergänge laufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Stitching %n frame(s)…</source>
        <translation>
            <numerusform>%n Bild wird zusammengefügt…</numerusform>
            <numerusform>%n Bilder werden zusammengefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Stitched %n frame(s) into %1</source>
        <translation>
            <numerusform>%n Bild in %1 zusammengefügt</numerusform>
            <numerusform>%n Bilder in %1 zusammengefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <source>Storyboard — %1</source>
        <translation>Storyboard — %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::StoryboardTimeline</name>
    <message>
        <location filename="../ui/StoryboardTimeline.cpp" line="+16"/>
        <source>Where each transition starts in the stitched file; shaded: frames blended into the next</source>
        <translation>Wo jeder Übergang in der zusammengefügten Datei beginnt; schraffiert: in den nächsten überblendete Bilder</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No stitched file yet</source>
        <translation>Noch keine zusammengefügte Datei</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::SweepDialog</name>
    <message>
        <location filename="../ui/SweepDialog.cpp" line="+41"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the form&apos;s inputs several times, changing one or two of them. The first input varies along the columns of the compare grid, the second along its rows.</source>
        <translation>Führt die Eingaben des Formulars mehrmals aus und ändert dabei eine oder zwei davon. Die erste Eingabe variiert entlang der Spalten des Vergleichsrasters, die zweite entlang seiner Zeilen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vary a second input (rows)</source>
        <translation>Eine zweite Eingabe variieren (Zeilen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many runs of the sweep go at once.</source>
        <translation>Wie viele Läufe des Sweeps gleichzeitig laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs at once:</source>
        <translation>Läufe gleichzeitig:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start Sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt strength</source>
        <translation>Prompt-Stärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidance scale</source>
        <translation>Guidance-Skala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference steps</source>
        <translation>Inferenzschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation frames</source>
        <translation>Animationsbilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start prompt</source>
        <translation>Start-Prompt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End prompt %1</source>
        <translation>End-Prompt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt pair (start =&gt; end)</source>
        <translation>Prompt-Paar (Start =&gt; Ende)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values, comma-separated: 1, 2, 3 (&quot;double quotes&quot; keep a comma)</source>
        <translation>Werte, durch Kommas getrennt: 1, 2, 3 (&quot;doppelte Anführungszeichen&quot; behalten ein Komma)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step (1)</source>
        <translation>Schritt (1)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 × %2 grid: %3</source>
        <translation>Raster %1 × %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start this sweep?</source>
        <translation>Diesen Sweep starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sweep is large:
%1

Start it?</source>
        <translation>Dieser Sweep ist groß:
%1

Starten?</translation>
    </message>
</context>
<context>
    <name>sdanim::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="+21"/>
        <source>Check and &amp;Save Token</source>
        <translation>Token prüfen und &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue &amp;Offline</source>
        <translation>&amp;Offline weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome to SD Animator</source>
        <translation>Willkommen bei SD Animator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Welcome to SD Animator&lt;/h2&gt;&lt;p&gt;SD Animator turns a start and an end prompt into an animation with the Stable Diffusion model &lt;b&gt;%1&lt;/b&gt;. It runs on one of three backends:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei SD Animator&lt;/h2&gt;&lt;p&gt;SD Animator macht aus einem Start- und einem End-Prompt eine Animation mit dem Stable-Diffusion-Modell &lt;b&gt;%1&lt;/b&gt;. Es läuft auf einem von drei Backends:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Replicate cloud&lt;/b&gt;: the real model on Replicate&apos;s GPUs. Needs an API token; Replicate bills each run by the second.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Local Cog container&lt;/b&gt;: the same model on your own NVIDIA GPU, started with&lt;br&gt;&lt;code&gt;docker run -p 5000:5000 --gpus=all r8.im/%1&lt;/code&gt;&lt;br&gt;then choose it in Settings.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Offline emulator&lt;/b&gt;: built in, no account and no cost. It makes synthetic previews (labelled as such) so you can try every part of the app.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;&lt;b&gt;Replicate-Cloud&lt;/b&gt;: das echte Modell auf Replicates GPUs. Braucht ein API-Token; Replicate rechnet jeden Lauf sekundengenau ab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lokaler Cog-Container&lt;/b&gt;: dasselbe Modell auf der eigenen NVIDIA-GPU, gestartet mit&lt;br&gt;&lt;code&gt;docker run -p 5000:5000 --gpus=all r8.im/%1&lt;/code&gt;&lt;br&gt;dann in den Einstellungen auswählen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Offline-Emulator&lt;/b&gt;: eingebaut, ohne Konto und kostenlos. Er erzeugt synthetische Vorschauen (als solche gekennzeichnet), damit sich jeder Teil der App ausprobieren lässt.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replicate API token</source>
        <translation>Replicate-API-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r8_… (from replicate.com/account/api-tokens)</source>
        <translation>r8_… (von replicate.com/account/api-tokens)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is checked with %1/account before it is stored in the system keyring; it is only ever sent there.</source>
        <translation>Das Token wird mit %1/account geprüft, bevor es im Schlüsselbund des Systems gespeichert wird; es wird nur dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Either way the form gets an example (two prompts, 256×256, quick), so the first Run is one click.</source>
        <translation>So oder so erhält das Formular ein Beispiel (zwei Prompts, 256×256, schnell), damit der erste Lauf nur einen Klick braucht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking the token with %1…</source>
        <translation>Token wird bei %1 geprüft …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1. %2</source>
        <translation>Angemeldet als %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
</TS>
