# German texts for translations/sdanim_de.ts, keyed by the English source text.
# translations/update.py fills the .ts from here; a numerus message (source with %n) takes a list of
# German's two forms [singular, plural]. CONTEXT_MESSAGES overrides MESSAGES where one English text
# needs different German in one context.
#
# Vocabulary: prediction = Vorhersage, run = Lauf, preset = Voreinstellung, history = Verlauf,
# preview = Vorschau, output = Ausgabe, keyframe = Schlüsselbild, frame = Bild, sidecar = Begleitdatei,
# keyring = Schlüsselbund, prompt/seed/token/backend/emulator stay English (common German AI jargon).

MESSAGES = {
    # --- store ---------------------------------------------------------------------------------
    "free (local)": "kostenlos (lokal)",
    "The prediction list had no \"results\" array.": "Die Vorhersageliste enthielt kein „results“-Array.",
    "Cannot read the history database version.": "Die Version der Verlaufsdatenbank kann nicht gelesen werden.",
    "The history database was written by a newer SD Animator (schema %1; this version knows up to %2). It was left unchanged.":
        "Die Verlaufsdatenbank wurde von einem neueren SD Animator geschrieben (Schema %1; diese Version kennt bis %2). Sie bleibt unverändert.",
    "Migration left a dangling reference in table %1.": "Die Migration hat einen verwaisten Verweis in Tabelle %1 hinterlassen.",
    "The Qt SQLite driver (QSQLITE) is not installed.": "Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.",
    "Cannot create the folder %1.": "Der Ordner %1 kann nicht angelegt werden.",
    "Cannot open the history database %1: %2": "Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2",
    "Cannot switch the history database %1 to WAL mode: %2": "Die Verlaufsdatenbank %1 kann nicht in den WAL-Modus geschaltet werden: %2",
    "Cannot update the history database %1: %2": "Die Verlaufsdatenbank %1 kann nicht aktualisiert werden: %2",
    "The history database is not open.": "Die Verlaufsdatenbank ist nicht geöffnet.",
    "A history row needs a prediction id or a local id.": "Ein Verlaufseintrag braucht eine Vorhersage-ID oder eine lokale ID.",
    "No history row for prediction %1.": "Kein Verlaufseintrag für Vorhersage %1.",
    "Quick draft 256px": "Schneller Entwurf 256 px",
    "A fast, cheap look at an idea: 256×256, few denoising steps and frames.":
        "Ein schneller, günstiger Blick auf eine Idee: 256×256, wenige Entrauschungsschritte und Bilder.",
    "Smooth loop ping-pong MP4": "Fließende Ping-Pong-Schleife als MP4",
    "Plays forth and back so it loops seamlessly; many FILM-interpolated frames at 24 fps, as MP4.":
        "Läuft vor und zurück und wiederholt sich so nahtlos; viele FILM-interpolierte Bilder mit 24 fps, als MP4.",
    "Watch it develop (intermediate frames)": "Entstehung verfolgen (Zwischenbilder)",
    "Streams every keyframe as a PNG while the animation is generated.":
        "Liefert jedes Schlüsselbild als PNG, während die Animation erzeugt wird.",
    "High detail 768px": "Hohe Detailtreue 768 px",
    "768×768 with more denoising steps and stronger prompt guidance; slower and costlier.":
        "768×768 mit mehr Entrauschungsschritten und stärkerer Prompt-Führung; langsamer und teurer.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "Cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "%1 was written by a newer SD Animator (sidecar format %2, this version reads up to %3).":
        "%1 wurde von einem neueren SD Animator geschrieben (Begleitdatei-Format %2, diese Version liest bis %3).",
    "%1 has no SD Animator information next to it (%2 not found).":
        "Neben %1 liegen keine SD-Animator-Angaben (%2 nicht gefunden).",
    "%1 is not an input of this model version": "%1 ist keine Eingabe dieser Modellversion",
    "Not valid JSON (%1 at byte %2).": "Kein gültiges JSON (%1 bei Byte %2).",
    "Not an SD Animator preset: \"format\" is \"%1\", expected \"%2\".":
        "Keine SD-Animator-Voreinstellung: „format“ ist „%1“, erwartet wurde „%2“.",
    "This preset uses format version %1, but this SD Animator reads version %2 only. Update SD Animator to use it.":
        "Diese Voreinstellung hat das Format Version %1, dieser SD Animator liest nur Version %2. Aktualisieren Sie SD Animator, um sie zu verwenden.",
    "Invalid preset: \"version\" must be the number %1.": "Ungültige Voreinstellung: „version“ muss die Zahl %1 sein.",
    "Invalid preset \"%1\": \"input\" must be an object of input values.":
        "Ungültige Voreinstellung „%1“: „input“ muss ein Objekt mit Eingabewerten sein.",
    "Preset \"%1\" has invalid values:\n%2": "Die Voreinstellung „%1“ hat ungültige Werte:\n%2",
    "A preset needs a name.": "Eine Voreinstellung braucht einen Namen.",
    "Preset names are limited to 100 characters.": "Namen von Voreinstellungen dürfen höchstens 100 Zeichen lang sein.",
    "Preset names cannot contain control characters.": "Namen von Voreinstellungen dürfen keine Steuerzeichen enthalten.",
    "\"%1\" is a built-in preset and cannot be changed; save under another name.":
        "„%1“ ist eine mitgelieferte Voreinstellung und kann nicht geändert werden; speichern Sie unter einem anderen Namen.",
    "\"%1\" is a built-in preset and cannot be renamed.": "„%1“ ist eine mitgelieferte Voreinstellung und kann nicht umbenannt werden.",
    "A preset named \"%1\" already exists.": "Eine Voreinstellung namens „%1“ gibt es bereits.",
    "Renamed, but could not remove the old file %1.": "Umbenannt, aber die alte Datei %1 konnte nicht entfernt werden.",
    "\"%1\" is a built-in preset and cannot be deleted.": "„%1“ ist eine mitgelieferte Voreinstellung und kann nicht gelöscht werden.",
    "Cannot delete %1.": "%1 kann nicht gelöscht werden.",
    "\"%1\" is the name of a built-in preset; rename the file's preset first.":
        "„%1“ ist der Name einer mitgelieferten Voreinstellung; benennen Sie die Voreinstellung in der Datei zuerst um.",
    "A preset named \"%1\" already exists; delete or rename it first, or replace it.":
        "Eine Voreinstellung namens „%1“ gibt es bereits; löschen oder umbenennen Sie sie zuerst, oder ersetzen Sie sie.",
    "The app stopped before the server confirmed this prediction. If it was created anyway, `sdanim history --import` brings it back.":
        "Die App wurde beendet, bevor der Server diese Vorhersage bestätigt hat. Falls sie trotzdem erstellt wurde, holt `sdanim history --import` sie zurück.",
    "The offline emulator that ran this preview stopped with the app.":
        "Der Offline-Emulator, der diese Vorschau berechnet hat, wurde mit der App beendet.",
    "The local Cog container keeps no predictions; this run cannot be followed again.":
        "Der lokale Cog-Container speichert keine Vorhersagen; dieser Lauf kann nicht wieder aufgenommen werden.",
    "This backend cannot follow a prediction created earlier.":
        "Dieses Backend kann eine früher erstellte Vorhersage nicht weiterverfolgen.",
    "The file is %1, more than the limit of %2 for preset files.":
        "Die Datei ist %1 groß, mehr als die Grenze von %2 für Voreinstellungsdateien.",
    "Preset \"%1\" would be %2, more than the limit of %3 for preset files; shorten its description or values.":
        "Die Voreinstellung „%1“ wäre %2 groß, mehr als die Grenze von %3 für Voreinstellungsdateien; kürzen Sie ihre Beschreibung oder ihre Werte.",
    "%1 is %2, more than the limit of %3 for sidecar files.":
        "%1 ist %2 groß, mehr als die Grenze von %3 für Begleitdateien.",
    "%1 is a folder, not a sidecar file.": "%1 ist ein Ordner, keine Begleitdatei.",
    "%1 is empty, not a sidecar.": "%1 ist leer, keine Begleitdatei.",
    "%1 holds binary data, not JSON; it is not a sidecar.":
        "%1 enthält Binärdaten, kein JSON; das ist keine Begleitdatei.",
    "%1 is not valid JSON (%2 at byte %3).": "%1 ist kein gültiges JSON (%2 bei Byte %3).",
    "%1 is not an SD Animator sidecar: it %2, not an object with \"format\": \"%3\".":
        "%1 ist keine SD-Animator-Begleitdatei: Der Inhalt %2, kein Objekt mit „format“: „%3“.",
    "%1 is not an SD Animator sidecar: it has no \"format\": \"%2\".":
        "%1 ist keine SD-Animator-Begleitdatei: Es fehlt „format“: „%2“.",
    "%1 is not an SD Animator sidecar: its \"format\" is \"%2\", expected \"%3\".":
        "%1 ist keine SD-Animator-Begleitdatei: „format“ ist „%2“, erwartet wurde „%3“.",
    "%1 cannot be used: the field \"%2\" %3, expected %4.":
        "%1 ist nicht verwendbar: Das Feld „%2“ %3, erwartet wurde %4.",
    # the %3 and %4 of the message above
    "is missing": "fehlt",
    "is null": "ist null",
    "is %1": "ist %1",
    "is the number %1": "ist die Zahl %1",
    "is the text \"%1\"": "ist der Text „%1“",
    "is a list": "ist eine Liste",
    "is an object": "ist ein Objekt",
    "a text": "ein Text",
    "an object": "ein Objekt",
    "a whole number": "eine ganze Zahl",
    "a whole number from 1": "eine ganze Zahl ab 1",
    "true or false": "true oder false",
    # --- main ----------------------------------------------------------------------------------
    "History unavailable": "Verlauf nicht verfügbar",
    "The prediction history could not be opened: %1\nRuns still work, but they are not remembered.":
        "Der Vorhersageverlauf konnte nicht geöffnet werden: %1\nLäufe funktionieren weiterhin, werden aber nicht gespeichert.",
    # --- api -----------------------------------------------------------------------------------
    "canceled": "abgebrochen",
    "the network is not available": "das Netzwerk ist nicht verfügbar",
    "the server's response was not valid JSON (%1)": "die Antwort des Servers war kein gültiges JSON (%1)",
    "no response": "keine Antwort",
    "Could not reach the server (%1). Check your internet connection and the API base URL in Settings.":
        "Der Server ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung und die API-Basis-URL in den Einstellungen.",
    "The server rejected the API token (%1). Check the token in Settings.":
        "Der Server hat das API-Token abgelehnt (%1). Prüfen Sie das Token in den Einstellungen.",
    "unauthenticated": "nicht angemeldet",
    "Your Replicate account has insufficient credit. Buy credit at %1, then wait a few minutes before trying again.":
        "Ihr Replicate-Konto hat nicht genug Guthaben. Kaufen Sie Guthaben unter %1 und warten Sie dann einige Minuten, bevor Sie es erneut versuchen.",
    "The server refused access (%1). Check that the token belongs to an account that may use this model.":
        "Der Server hat den Zugriff verweigert (%1). Prüfen Sie, ob das Token zu einem Konto gehört, das dieses Modell verwenden darf.",
    "The server does not know this resource (%1). It may have been removed, or the base URL or model name in Settings is wrong.":
        "Der Server kennt diese Ressource nicht (%1). Sie wurde vielleicht entfernt, oder die Basis-URL bzw. der Modellname in den Einstellungen ist falsch.",
    "The server took too long to answer. Try again in a moment.":
        "Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.",
    "The request was too large for the server (%1).": "Die Anfrage war zu groß für den Server (%1).",
    "The server rejected the request": "Der Server hat die Anfrage abgelehnt",
    "%1: %2": "%1: %2",
    "Some inputs are not valid; fix the marked fields and try again:\n%1":
        "Einige Eingaben sind ungültig; korrigieren Sie die markierten Felder und versuchen Sie es erneut:\n%1",
    "Too many requests: the server asks to wait %n second(s) before trying again.": [
        "Zu viele Anfragen: Der Server bittet, %n Sekunde zu warten, bevor Sie es erneut versuchen.",
        "Zu viele Anfragen: Der Server bittet, %n Sekunden zu warten, bevor Sie es erneut versuchen."],
    "Too many requests: wait a moment before trying again.":
        "Zu viele Anfragen: Warten Sie einen Moment, bevor Sie es erneut versuchen.",
    "The server had a problem (HTTP %1%2). Try again in a moment.":
        "Beim Server ist ein Problem aufgetreten (HTTP %1%2). Versuchen Sie es gleich noch einmal.",
    "The request failed with HTTP %1%2.": "Die Anfrage ist mit HTTP %1%2 fehlgeschlagen.",
    "Local Cog container (%1)": "Lokaler Cog-Container (%1)",
    "Cannot reach the Cog container at %1 (%2). Is it running? Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3":
        "Der Cog-Container unter %1 ist nicht erreichbar (%2). Läuft er? Starten Sie ihn mit: docker run -p 5000:5000 --gpus=all r8.im/%3",
    "%1 does not look like a Cog container (GET /health-check answered HTTP %2).":
        "%1 scheint kein Cog-Container zu sein (GET /health-check antwortete mit HTTP %2).",
    "%1 does not look like a Cog container: its answer to GET /health-check is larger than the limit of %2 and was not read.":
        "%1 scheint kein Cog-Container zu sein: seine Antwort auf GET /health-check ist größer als die Grenze von %2 und wurde nicht gelesen.",
    "%1 does not look like a Cog container: its answer to GET / is larger than the limit of %2 and was not read.":
        "%1 scheint kein Cog-Container zu sein: seine Antwort auf GET / ist größer als die Grenze von %2 und wurde nicht gelesen.",
    "The container's answer to the run is larger than the limit of %1 and was not read.":
        "Die Antwort des Containers auf den Lauf ist größer als die Grenze von %1 und wurde nicht gelesen.",
    "The Cog container at %1 is ready.": "Der Cog-Container unter %1 ist bereit.",
    "The Cog container at %1 is busy with a prediction.": "Der Cog-Container unter %1 ist mit einer Vorhersage beschäftigt.",
    "The Cog container at %1 is still loading the model.": "Der Cog-Container unter %1 lädt noch das Modell.",
    "The Cog container at %1 is not usable (status %2): %3": "Der Cog-Container unter %1 ist nicht nutzbar (Status %2): %3",
    "The container at %1 runs an old Cog server (0.6 or older): runs work, but without progress reports and without cancel.":
        "Im Container unter %1 läuft ein alter Cog-Server (0.6 oder älter): Läufe funktionieren, aber ohne Fortschrittsmeldungen und ohne Abbruch.",
    "%1 does not look like a Cog container (no /health-check, GET / answered HTTP %2).":
        "%1 scheint kein Cog-Container zu sein (kein /health-check, GET / antwortete mit HTTP %2).",
    "The container did not confirm the cancellation in time; stopped waiting for it.":
        "Der Container hat den Abbruch nicht rechtzeitig bestätigt; das Warten darauf wurde beendet.",
    "The Cog backend is gone.": "Das Cog-Backend ist nicht mehr vorhanden.",
    "cannot reach the Cog container at %1: %2. Is it running? Start it with: docker run -p 5000:5000 --gpus=all r8.im/%3":
        "der Cog-Container unter %1 ist nicht erreichbar: %2. Läuft er? Starten Sie ihn mit: docker run -p 5000:5000 --gpus=all r8.im/%3",
    "The Cog container at %1 answered its health check with HTTP %2.":
        "Der Cog-Container unter %1 hat die Zustandsprüfung mit HTTP %2 beantwortet.",
    "The Cog container at %1 is still loading the model after %2 s.":
        "Der Cog-Container unter %1 lädt nach %2 s immer noch das Modell.",
    "The container is still loading the model; waiting for it to be ready…":
        "Der Container lädt noch das Modell; es wird gewartet, bis er bereit ist …",
    "The Cog container at %1 is busy with another prediction; it runs one at a time. Try again when it is done.":
        "Der Cog-Container unter %1 ist mit einer anderen Vorhersage beschäftigt; er führt immer nur eine aus. Versuchen Sie es erneut, wenn sie fertig ist.",
    "The Cog container at %1 cannot run predictions (status %2). Its setup log ends with: %3":
        "Der Cog-Container unter %1 kann keine Vorhersagen ausführen (Status %2). Sein Einrichtungsprotokoll endet mit: %3",
    "This container runs an old Cog server (0.6 or older): there is no progress until the run ends, and it cannot be canceled.":
        "In diesem Container läuft ein alter Cog-Server (0.6 oder älter): Bis zum Ende des Laufs gibt es keinen Fortschritt, und er kann nicht abgebrochen werden.",
    "The container's answer is not valid JSON.": "Die Antwort des Containers ist kein gültiges JSON.",
    "The container is still running this prediction but the app cannot follow it without webhooks.":
        "Der Container führt diese Vorhersage noch aus, aber die App kann sie ohne Webhooks nicht verfolgen.",
    "The container ended the request without a final status.": "Der Container hat die Anfrage ohne Endstatus beendet.",
    "Lost the connection to the container at %1 (%2). An old Cog server finishes the run anyway but cannot hand its result to anyone else.":
        "Die Verbindung zum Container unter %1 ist abgerissen (%2). Ein alter Cog-Server beendet den Lauf trotzdem, kann das Ergebnis aber niemand anderem übergeben.",
    "Lost the connection to the container at %1 (%2).": "Die Verbindung zum Container unter %1 ist abgerissen (%2).",
    "The Cog container at %1 is busy with another prediction; it runs one at a time.":
        "Der Cog-Container unter %1 ist mit einer anderen Vorhersage beschäftigt; er führt immer nur eine aus.",
    "The model failed inside the container (HTTP 500 Internal Server Error). Old Cog servers (0.6 or older) do not pass the error message on; the container's log (docker logs) shows it. A prompt flagged by the safety checker is the most common cause.":
        "Das Modell ist im Container fehlgeschlagen (HTTP 500 Internal Server Error). Alte Cog-Server (0.6 oder älter) geben die Fehlermeldung nicht weiter; das Protokoll des Containers (docker logs) zeigt sie. Die häufigste Ursache ist ein Prompt, den der Sicherheitsfilter beanstandet hat.",
    "The container at %1 answered HTTP %2: %3": "Der Container unter %1 antwortete mit HTTP %2: %3",
    "Stopped waiting for the run. This container runs an old Cog server (0.6 or older), which cannot cancel: it finishes the run anyway and refuses new predictions until then.":
        "Das Warten auf den Lauf wurde beendet. In diesem Container läuft ein alter Cog-Server (0.6 oder älter), der nicht abbrechen kann: Er beendet den Lauf trotzdem und lehnt bis dahin neue Vorhersagen ab.",
    "The container is stopping the run.": "Der Container beendet den Lauf.",
    "Could not reach the container to cancel the run (%1).": "Der Container war zum Abbrechen des Laufs nicht erreichbar (%1).",
    "Cannot open a local port for the container's progress reports.":
        "Für die Fortschrittsmeldungen des Containers kann kein lokaler Port geöffnet werden.",
    "Not a data: URI.": "Keine data:-URI.",
    "The data: URI has no comma before its payload.": "Die data:-URI hat kein Komma vor ihren Nutzdaten.",
    "The data: URI has an invalid media type \"%1\".": "Die data:-URI hat einen ungültigen Medientyp „%1“.",
    "The data: URI's base64 payload is corrupt.": "Die Base64-Nutzdaten der data:-URI sind beschädigt.",
    "Cannot save %1: %2": "%1 kann nicht gespeichert werden: %2",
    "Cannot download output %1: \"%2\" is not an http(s) or data: URL.":
        "Ausgabe %1 kann nicht heruntergeladen werden: „%2“ ist keine http(s)- oder data:-URL.",
    "Cannot save output %1: %2": "Ausgabe %1 kann nicht gespeichert werden: %2",
    "Cannot save output %1 to %2: %3": "Ausgabe %1 kann nicht in %2 gespeichert werden: %3",
    "Cannot download output %1 (%2): %3": "Ausgabe %1 (%2) kann nicht heruntergeladen werden: %3",
    "network error: %1": "Netzwerkfehler: %1",
    "Cannot download output %1: the server redirected to an unsafe or invalid address.":
        "Ausgabe %1 kann nicht heruntergeladen werden: Der Server hat auf eine unsichere oder ungültige Adresse umgeleitet.",
    "Cannot download output %1: too many redirects.": "Ausgabe %1 kann nicht heruntergeladen werden: zu viele Umleitungen.",
    "the transfer broke off after %1 bytes (%2)": "die Übertragung brach nach %1 Bytes ab (%2)",
    "only %1 of %2 bytes arrived": "nur %1 von %2 Bytes sind angekommen",
    "the server answered HTTP %1": "der Server antwortete mit HTTP %1",
    "the file is gone (HTTP %1). Replicate deletes API outputs about an hour after the prediction.":
        "die Datei ist nicht mehr vorhanden (HTTP %1). Replicate löscht API-Ausgaben etwa eine Stunde nach der Vorhersage.",
    "access denied (HTTP %1).": "Zugriff verweigert (HTTP %1).",
    "the server answered HTTP %1.": "der Server antwortete mit HTTP %1.",
    "Cannot download output %1 (%2) after %3 attempts: %4":
        "Ausgabe %1 (%2) kann nach %3 Versuchen nicht heruntergeladen werden: %4",
    "Download of output %1 was canceled.": "Der Download von Ausgabe %1 wurde abgebrochen.",
    "Offline emulator (synthetic previews)": "Offline-Emulator (synthetische Vorschauen)",
    "Cannot save output %1: the folder %2 cannot be created.":
        "Ausgabe %1 kann nicht gespeichert werden: Der Ordner %2 kann nicht angelegt werden.",
    "%1,… (%2 characters)": "%1,… (%2 Zeichen)",
    "Replicate cloud (%1)": "Replicate-Cloud (%1)",
    "No API token is set. Enter your Replicate API token in Settings (or set REPLICATE_API_TOKEN).":
        "Es ist kein API-Token festgelegt. Geben Sie Ihr Replicate-API-Token in den Einstellungen ein (oder setzen Sie REPLICATE_API_TOKEN).",
    "Connected to %1.": "Verbunden mit %1.",
    "Connected to %1 as %2.": "Verbunden mit %1 als %2.",
    "Deadline reached": "Frist abgelaufen",
    "The prediction did not reach a final state in time; stopped waiting for it.":
        "Die Vorhersage hat nicht rechtzeitig einen Endzustand erreicht; das Warten darauf wurde beendet.",
    "Input validation failed": "Eingabeprüfung fehlgeschlagen",
    "the backend is gone": "das Backend ist nicht mehr vorhanden",
    "the process that sent the create request stopped before its answer arrived":
        "der Prozess, der die Erstellungsanfrage gesendet hat, endete, bevor ihre Antwort eintraf",
    "the server's answer to the create request is not a prediction":
        "die Antwort des Servers auf die Erstellungsanfrage ist keine Vorhersage",
    "the server answered with something that is not this prediction":
        "der Server antwortete mit etwas, das nicht diese Vorhersage ist",
    "The prediction did not finish within %n minute(s); it is being canceled.": [
        "Die Vorhersage wurde nicht innerhalb von %n Minute fertig; sie wird abgebrochen.",
        "Die Vorhersage wurde nicht innerhalb von %n Minuten fertig; sie wird abgebrochen."],
    "system keyring": "System-Schlüsselbund",
    "plain-text file": "Klartextdatei",
    "REPLICATE_API_TOKEN environment variable": "Umgebungsvariable REPLICATE_API_TOKEN",
    "not set": "nicht festgelegt",
    "no D-Bus session": "keine D-Bus-Sitzung",
    "No system keyring is available (%1). Enter your Replicate API token when asked, set REPLICATE_API_TOKEN, or allow storing the token in a plain-text file in Settings.":
        "Kein System-Schlüsselbund verfügbar (%1). Geben Sie Ihr Replicate-API-Token ein, wenn Sie danach gefragt werden, setzen Sie REPLICATE_API_TOKEN oder erlauben Sie in den Einstellungen, das Token in einer Klartextdatei zu speichern.",
    "No Replicate API token is stored yet. Enter it in Settings (or set REPLICATE_API_TOKEN).":
        "Es ist noch kein Replicate-API-Token gespeichert. Geben Sie es in den Einstellungen ein (oder setzen Sie REPLICATE_API_TOKEN).",
    "The token is stored in the system keyring.": "Das Token ist im System-Schlüsselbund gespeichert.",
    "Could not store the token in the system keyring (%1). Allow plain-text storage in Settings, or set REPLICATE_API_TOKEN before starting the app.":
        "Das Token konnte nicht im System-Schlüsselbund gespeichert werden (%1). Erlauben Sie die Speicherung im Klartext in den Einstellungen, oder setzen Sie REPLICATE_API_TOKEN vor dem Start der App.",
    "No system keyring is available; the token is stored in %1 (readable only by you).":
        "Kein System-Schlüsselbund verfügbar; das Token ist in %1 gespeichert (nur für Sie lesbar).",
    "Could not store the token: %1": "Das Token konnte nicht gespeichert werden: %1",
    "cannot create %1": "%1 kann nicht angelegt werden",
    "the server's answer is larger than the limit of %1 and was not read":
        "die Antwort des Servers ist größer als die Grenze von %1 und wurde nicht gelesen",
    "the server redirected the request to %1, outside the API base %2; the redirect was not followed":
        "der Server hat die Anfrage nach %1 umgeleitet, außerhalb der API-Basis %2; der Umleitung wurde nicht gefolgt",
    "The data: URI holds about %1, more than the limit of %2.":
        "Die data:-URI enthält etwa %1, mehr als die Grenze von %2.",
    "Cannot download output %1 (%2): the file is %3, more than the download limit of %4.":
        "Ausgabe %1 (%2) kann nicht heruntergeladen werden: Die Datei ist %3 groß, mehr als die Download-Grenze von %4.",
    "Cannot download output %1 (%2): the file is larger than the download limit of %3.":
        "Ausgabe %1 (%2) kann nicht heruntergeladen werden: Die Datei ist größer als die Download-Grenze von %3.",
    "The event stream sent a line longer than the limit of %1.":
        "Der Ereignisstrom hat eine Zeile gesendet, die länger als die Grenze von %1 ist.",
    "The event stream sent an event larger than the limit of %1.":
        "Der Ereignisstrom hat ein Ereignis gesendet, das größer als die Grenze von %1 ist.",
    "%1 is larger than %2, so it is not a token file; delete it and enter the token again.":
        "%1 ist größer als %2 und daher keine Token-Datei; löschen Sie sie und geben Sie das Token erneut ein.",
    "no valid API base URL is set": "es ist keine gültige API-Basis-URL festgelegt",
    "the API base URL %1 is not an https address": "die API-Basis-URL %1 ist keine https-Adresse",
    "the API base URL %1 contains a user name or password; the API token is not sent there":
        "die API-Basis-URL %1 enthält einen Benutzernamen oder ein Passwort; das API-Token wird nicht dorthin gesendet",
    "the API base URL %1 uses plain http, so the API token is not sent to it: use https (plain http is only allowed to this computer's loopback address, such as the emulator)":
        "die API-Basis-URL %1 verwendet unverschlüsseltes http, daher wird das API-Token nicht dorthin gesendet: Verwenden Sie https (unverschlüsseltes http ist nur zur Loopback-Adresse dieses Computers erlaubt, etwa zum Emulator)",
    "the API base URL %1 has a path that servers may read differently (\".\" or \"..\" segments, encoded slashes or backslashes)":
        "die API-Basis-URL %1 hat einen Pfad, den Server unterschiedlich lesen können („.“- oder „..“-Segmente, kodierte Schrägstriche oder umgekehrte Schrägstriche)",
    "no answer within %n second(s)": ["keine Antwort innerhalb von %n Sekunde", "keine Antwort innerhalb von %n Sekunden"],
    "No prediction was created (the server lists none with this input), so nothing is billed.":
        "Es wurde keine Vorhersage erstellt (der Server führt keine mit dieser Eingabe), daher wird nichts berechnet.",
    "The prediction may have been created anyway: its answer was lost and the server's list could not be checked. Before starting it again, look with `sdanim history --import`.":
        "Die Vorhersage wurde möglicherweise trotzdem erstellt: Ihre Antwort ging verloren, und die Liste des Servers konnte nicht geprüft werden. Sehen Sie vor einem neuen Start mit `sdanim history --import` nach.",
    # --- cli -----------------------------------------------------------------------------------
    "auto (cloud with a token, else the offline emulator), cloud, cog or emulator.":
        "auto (Cloud mit Token, sonst der Offline-Emulator), cloud, cog oder emulator.",
    "API base URL (Replicate or a running sdanim-emulator; for cog: the container URL).":
        "API-Basis-URL (Replicate oder ein laufender sdanim-emulator; bei cog: die Container-URL).",
    "Folder for output files (default: the app's output folder).":
        "Ordner für Ausgabedateien (Standard: der Ausgabeordner der App).",
    "Offline emulator speed factor: 0.01 runs 100x faster.":
        "Geschwindigkeitsfaktor des Offline-Emulators: 0.01 läuft 100-mal schneller.",
    "Use this settings file instead of the user's.": "Diese Einstellungsdatei statt der des Benutzers verwenden.",
    "--backend: expected auto, cloud, cog or emulator, got \"%1\"":
        "--backend: auto, cloud, cog oder emulator erwartet, „%1“ erhalten",
    "--base-url: expected an http(s) URL, got \"%1\"": "--base-url: http(s)-URL erwartet, „%1“ erhalten",
    "--time-scale: expected a number above 0 (e.g. 0.01), got \"%1\"":
        "--time-scale: Zahl größer als 0 erwartet (z. B. 0.01), „%1“ erhalten",
    "The offline emulator could not start: %1": "Der Offline-Emulator konnte nicht starten: %1",
    "Lists recorded predictions, newest first.": "Listet die aufgezeichneten Vorhersagen auf, die neueste zuerst.",
    "Print full records as JSON.": "Vollständige Einträge als JSON ausgeben.",
    "Show at most N predictions (default 20, 0 = all).": "Höchstens N Vorhersagen anzeigen (Standard 20, 0 = alle).",
    "Only predictions whose prompts or id contain TEXT.": "Nur Vorhersagen, deren Prompts oder ID TEXT enthalten.",
    "Only predictions with this status (repeatable).": "Nur Vorhersagen mit diesem Status (wiederholbar).",
    "First import the account's predictions from the API (no duplicates).":
        "Zuerst die Vorhersagen des Kontos über die API importieren (ohne Duplikate).",
    "First follow predictions left running (e.g. by a killed run) to their end.":
        "Zuerst noch laufende Vorhersagen (z. B. von einem abgebrochenen Prozess) bis zu ihrem Ende verfolgen.",
    "See: sdanim history --help": "Siehe: sdanim history --help",
    "Unexpected argument \"%1\". See: sdanim history --help": "Unerwartetes Argument „%1“. Siehe: sdanim history --help",
    "--limit: expected a whole number of 0 or more, got \"%1\"":
        "--limit: ganze Zahl ab 0 erwartet, „%1“ erhalten",
    "--import needs the Replicate API (a token, or --base-url of a running emulator).":
        "--import braucht die Replicate-API (ein Token oder --base-url eines laufenden Emulators).",
    "import: page %1, %2 predictions": "Import: Seite %1, %2 Vorhersagen",
    "Imported %1 new, updated %2, %3 already known.": "%1 neu importiert, %2 aktualisiert, %3 bereits bekannt.",
    "Import failed: %1": "Import fehlgeschlagen: %1",
    "Resuming %1 (%2)": "%1 wird wieder aufgenommen (%2)",
    "  saved %1": "  %1 gespeichert",
    "%1: interrupted (%2)": "%1: unterbrochen (%2)",
    "Resumed %n prediction(s).": ["%n Vorhersage wieder aufgenommen.", "%n Vorhersagen wieder aufgenommen."],
    "No predictions recorded yet.": "Noch keine Vorhersagen aufgezeichnet.",
    "Manage presets.\n  list                      built-in and saved presets\n  show NAME                 the preset as JSON\n  save NAME --<input> V...  save the given inputs as a preset (replaces one of that name)\n  delete NAME\n  import FILE [--replace]   copy a preset file into the presets folder\n  export NAME FILE          write a preset to a file":
        "Voreinstellungen verwalten.\n  list                      mitgelieferte und gespeicherte Voreinstellungen\n  show NAME                 die Voreinstellung als JSON\n  save NAME --<input> V...  die angegebenen Eingaben als Voreinstellung speichern (ersetzt eine gleichnamige)\n  delete NAME\n  import FILE [--replace]   eine Voreinstellungsdatei in den Voreinstellungsordner kopieren\n  export NAME FILE          eine Voreinstellung in eine Datei schreiben",
    "list, show, save, delete, import or export": "list, show, save, delete, import oder export",
    "list: print JSON.": "list: JSON ausgeben.",
    "import: replace a preset of the same name.": "import: eine gleichnamige Voreinstellung ersetzen.",
    "save: a sentence about the preset.": "save: ein Satz über die Voreinstellung.",
    "See: sdanim presets --help": "Siehe: sdanim presets --help",
    "Usage: sdanim presets %1": "Aufruf: sdanim presets %1",
    "skipped %1": "%1 übersprungen",
    " (built-in)": " (mitgeliefert)",
    "There is no preset named \"%1\".": "Es gibt keine Voreinstellung namens „%1“.",
    "Invalid input:\n%1": "Ungültige Eingabe:\n%1",
    "Saved preset \"%1\".": "Voreinstellung „%1“ gespeichert.",
    "Imported preset \"%1\".": "Voreinstellung „%1“ importiert.",
    "Missing action. See: sdanim presets --help": "Aktion fehlt. Siehe: sdanim presets --help",
    "Unknown action \"%1\". See: sdanim presets --help": "Unbekannte Aktion „%1“. Siehe: sdanim presets --help",
    "Runs one prediction and prints the output file paths.": "Führt eine Vorhersage aus und gibt die Pfade der Ausgabedateien aus.",
    "Start from a preset (a name, or a preset file); options given here win.":
        "Von einer Voreinstellung ausgehen (ein Name oder eine Voreinstellungsdatei); hier angegebene Optionen haben Vorrang.",
    "Print the final prediction as JSON instead of the file paths.":
        "Die fertige Vorhersage als JSON statt der Dateipfade ausgeben.",
    "No Replicate API token: running the offline emulator in-process.\nOutputs are OFFLINE PREVIEWS (synthetic labelled frames), not Stable Diffusion animations.\nSet REPLICATE_API_TOKEN or save a token in the app to use Replicate.":
        "Kein Replicate-API-Token: Der Offline-Emulator läuft im selben Prozess.\nDie Ausgaben sind OFFLINE-VORSCHAUEN (synthetische, beschriftete Bilder), keine Stable-Diffusion-Animationen.\nSetzen Sie REPLICATE_API_TOKEN oder speichern Sie in der App ein Token, um Replicate zu nutzen.",
    "Using the model schema shipped with the app (version %1).":
        "Das mit der App gelieferte Modellschema wird verwendet (Version %1).",
    "See: sdanim run --help": "Siehe: sdanim run --help",
    "Unexpected argument \"%1\". See: sdanim run --help": "Unerwartetes Argument „%1“. Siehe: sdanim run --help",
    "--preset: no preset file or preset named \"%1\" (see: sdanim presets list)":
        "--preset: keine Voreinstellungsdatei und keine Voreinstellung namens „%1“ (siehe: sdanim presets list)",
    "Preset \"%1\" does not fit this model version:\n%2": "Die Voreinstellung „%1“ passt nicht zu dieser Modellversion:\n%2",
    "Warning: the history could not record this prediction: %1":
        "Warnung: Der Verlauf konnte diese Vorhersage nicht aufzeichnen: %1",
    "Prediction %1 created%2": "Vorhersage %1 erstellt%2",
    "progress %1%  ETA %2": "Fortschritt %1 %  Restzeit %2",
    "progress %1%": "Fortschritt %1 %",
    "Still starting after %1 s (the model is booting or queued); Ctrl+C cancels.":
        "Startet nach %1 s immer noch (das Modell fährt hoch oder wartet in der Warteschlange); Strg+C bricht ab.",
    "saved output %1: %2": "Ausgabe %1 gespeichert: %2",
    "Some outputs could not be saved (see the messages above).":
        "Einige Ausgaben konnten nicht gespeichert werden (siehe die Meldungen oben).",
    "Prediction failed: %1": "Vorhersage fehlgeschlagen: %1",
    "Prediction %1 was %2.": "Vorhersage %1 endete mit Status „%2“.",
    "Stopped following prediction %1 (status %2); `sdanim history --resume` can pick it up.":
        "Verfolgung von Vorhersage %1 beendet (Status %2); `sdanim history --resume` kann sie wieder aufnehmen.",
    "Interrupted.": "Unterbrochen.",
    "Interrupted: canceling the prediction first (press Ctrl+C again to quit at once)...":
        "Unterbrochen: Die Vorhersage wird zuerst abgebrochen (erneut Strg+C drücken, um sofort zu beenden) …",
    " (default %1)": " (Standard %1)",
    " (required)": " (erforderlich)",
    "expected a whole number, got \"%1\"": "ganze Zahl erwartet, „%1“ erhalten",
    "expected a number, got \"%1\"": "Zahl erwartet, „%1“ erhalten",
    "expected true or false, got \"%1\"": "true oder false erwartet, „%1“ erhalten",
    "given %1 times; give it once": "%1-mal angegeben; bitte nur einmal angeben",
    " (alone: true; --no-%1: false)": " (allein: true; --no-%1: false)",
    "Usage: sdanim [COMMAND [OPTIONS]]\n\nSD Animator makes animations with the Replicate model %1.\nWithout a command, the desktop app (GUI) opens.\n\nCommands (headless, no window):\n  run        run one prediction and print the output file paths\n  plan       show what the model will make of the input, and its time and cost; runs nothing\n  history    list past predictions; --import fetches them, --resume follows unfinished ones\n  presets    list, show, save, delete, import and export presets\n\nRun \"sdanim COMMAND --help\" for the options of a command.\n\nOptions:\n  -h, --help     show this help and exit\n  -v, --version  show the version and exit":
        "Aufruf: sdanim [BEFEHL [OPTIONEN]]\n\nSD Animator erstellt Animationen mit dem Replicate-Modell %1.\nOhne Befehl öffnet sich die Desktop-App (GUI).\n\nBefehle (ohne Fenster):\n  run        eine Vorhersage ausführen und die Pfade der Ausgabedateien ausgeben\n  plan       zeigen, was das Modell aus der Eingabe macht, samt Dauer und Kosten; führt nichts aus\n  history    frühere Vorhersagen auflisten; --import holt sie ab, --resume verfolgt unfertige weiter\n  presets    Voreinstellungen auflisten, anzeigen, speichern, löschen, importieren und exportieren\n\n„sdanim BEFEHL --help“ zeigt die Optionen eines Befehls.\n\nOptionen:\n  -h, --help     diese Hilfe anzeigen und beenden\n  -v, --version  die Version anzeigen und beenden",
    "Unknown option \"%1\".": "Unbekannte Option „%1“.",
    "Unknown command \"%1\".": "Unbekannter Befehl „%1“.",
    "Did you mean \"%1\"?": "Meinten Sie „%1“?",
    "Skipped %n prediction(s) of other models.": [
        "%n Vorhersage anderer Modelle übersprungen.", "%n Vorhersagen anderer Modelle übersprungen."],
    "Prints what the model will make of the input (prompts, frames, duration, compute) and the estimated run time and cost, without running or creating anything. Takes every option of sdanim run.":
        "Gibt aus, was das Modell aus der Eingabe macht (Prompts, Bilder, Dauer, Rechenaufwand), dazu die geschätzte Laufzeit und die Kosten, ohne etwas auszuführen oder anzulegen. Nimmt alle Optionen von sdanim run an.",
    "Print the plan as one JSON object.": "Den Plan als ein JSON-Objekt ausgeben.",
    "See: sdanim plan --help": "Siehe: sdanim plan --help",
    "See: sdanim %1 --help": "Siehe: sdanim %1 --help",
    "Unexpected argument \"%1\". See: sdanim %2 --help": "Unerwartetes Argument „%1“. Siehe: sdanim %2 --help",
    "Unexpected argument \"%1\". See: sdanim plan --help": "Unerwartetes Argument „%1“. Siehe: sdanim plan --help",
    "Warning: the history could not be read (%1); the estimate uses the documented defaults.":
        "Warnung: Der Verlauf konnte nicht gelesen werden (%1); die Schätzung verwendet die dokumentierten Standardwerte.",
    "Prompts (%1, as the model splits them):": "Prompts (%1, so wie das Modell sie aufteilt):",
    "  %1  (empty)": "  %1  (leer)",
    "Segments: %1 (ping-pong adds one back to the start prompt)":
        "Abschnitte: %1 (Ping-Pong fügt einen zurück zum Start-Prompt hinzu)",
    "Segments: %1": "Abschnitte: %1",
    "Frame latents: %1": "Bild-Latents: %1",
    "Interpolation: FILM, %n recursion(s) of midpoints: ×%1 (num_interpolation_steps %2 to %3 give the same video)": [
        "Interpolation: FILM, %n Rekursion über Mittelbilder: ×%1 (num_interpolation_steps %2 bis %3 ergeben dasselbe Video)",
        "Interpolation: FILM, %n Rekursionen über Mittelbilder: ×%1 (num_interpolation_steps %2 bis %3 ergeben dasselbe Video)"],
    "Interpolation: latent, ×%1 (each pair of latents gives %1 frames; the last latent itself is never decoded)":
        "Interpolation: latent, ×%1 (jedes Latent-Paar ergibt %1 Bilder; das letzte Latent selbst wird nie dekodiert)",
    "Video frames: %1 (%2)": "Videobilder: %1 (%2)",
    "Duration: %1 s at %2 fps": "Dauer: %1 s bei %2 fps",
    "GIF frame delay: %1 ms (stored as %2/100 s)": "GIF-Bildverzögerung: %1 ms (gespeichert als %2/100 s)",
    "Initial latent steps (k): %1 (shared start: %2, steps per frame: %3, scheduler timesteps: %4)":
        "Anfängliche Latent-Schritte (k): %1 (gemeinsamer Start: %2, Schritte pro Bild: %3, Scheduler-Zeitschritte: %4)",
    "Keyframe image shows prompt %1: %2": "Das Schlüsselbild zeigt Prompt %1: %2",
    "(empty)": "(leer)",
    "Intermediate outputs: %1": "Zwischenausgaben: %1",
    "Compute units: UNet %1, VAE %2, FILM %3, encode %4": "Recheneinheiten: UNet %1, VAE %2, FILM %3, Kodierung %4",
    "Estimate: %1": "Schätzung: %1",
    "Warning: %1": "Warnung: %1",
    "Note: %1": "Hinweis: %1",
    # --- session -------------------------------------------------------------------------------
    "%n keyframe(s)": ["%n Schlüsselbild", "%n Schlüsselbilder"],
    "%n segment(s)": ["%n Abschnitt", "%n Abschnitte"],
    "Must be less than or equal to %1": "Muss kleiner oder gleich %1 sein",
    "Must be greater than or equal to %1": "Muss größer oder gleich %1 sein",
    "Invalid type. Expected: %1, given: %2": "Ungültiger Typ: erwartet %1, erhalten %2",
    "%1 must be one of the following: %2": "%1 muss einer der folgenden Werte sein: %2",
    "The selected backend could not be created; check Settings.":
        "Das gewählte Backend konnte nicht erstellt werden; prüfen Sie die Einstellungen.",
    "%1 is required": "Bitte %1 angeben",
    " (and %n more problem(s))": [" (und %n weiteres Problem)", " (und %n weitere Probleme)"],
    "Start prompt": "Start-Prompt",
    "Prompt to start the animation with": "Prompt, mit dem die Animation beginnt",
    "End prompts": "End-Prompts",
    "Prompt to end the animation with. You can include multiple prompts by separating the prompts with | (the 'pipe' character)":
        "Prompt, mit dem die Animation endet. Mehrere Prompts trennen Sie mit | (dem senkrechten Strich).",
    "Width": "Breite",
    "Width of output image": "Breite des Ausgabebilds",
    "Height": "Höhe",
    "Height of output image": "Höhe des Ausgabebilds",
    "Inference steps": "Inferenzschritte",
    "Number of denoising steps": "Anzahl der Entrauschungsschritte",
    "Prompt strength": "Prompt-Stärke",
    "Lower prompt strength generates more coherent gifs, higher respects prompts more but can be jumpy":
        "Eine geringere Prompt-Stärke ergibt stimmigere GIFs, eine höhere folgt den Prompts genauer, kann aber springen",
    "Animation frames": "Animationsbilder",
    "Number of frames to animate": "Anzahl der zu animierenden Bilder",
    "Interpolation steps": "Interpolationsschritte",
    "Number of steps to interpolate between animation frames": "Anzahl der Interpolationsschritte zwischen den Animationsbildern",
    "Guidance scale": "Guidance-Skala",
    "Scale for classifier-free guidance": "Skala für Classifier-free Guidance",
    "Frames per second": "Bilder pro Sekunde",
    "Frames/second in output GIF": "Bilder pro Sekunde im Ausgabe-GIF",
    "Ping-pong": "Ping-Pong",
    "Whether to reverse the animation and go back to the beginning before looping":
        "Ob die Animation vor dem Wiederholen rückwärts zum Anfang zurückläuft",
    "FILM interpolation": "FILM-Interpolation",
    "Whether to use FILM for between-frame interpolation (film-net.github.io)":
        "Ob FILM für die Interpolation zwischen den Bildern verwendet wird (film-net.github.io)",
    "Intermediate frames": "Zwischenbilder",
    "Whether to display intermediate outputs during generation": "Ob Zwischenergebnisse während der Erzeugung angezeigt werden",
    "Seed": "Seed",
    "Random seed. Leave blank to randomize the seed": "Zufalls-Seed. Leer lassen für einen zufälligen Seed",
    "Output format": "Ausgabeformat",
    "Output file format": "Format der Ausgabedatei",
    "Saved preset “%1”": "Voreinstellung „%1“ gespeichert",
    "Could not save preset “%1”: %2": "Voreinstellung „%1“ konnte nicht gespeichert werden: %2",
    "Renamed preset “%1” to “%2”": "Voreinstellung „%1“ in „%2“ umbenannt",
    "Could not rename preset “%1”: %2": "Voreinstellung „%1“ konnte nicht umbenannt werden: %2",
    "Deleted preset “%1”": "Voreinstellung „%1“ gelöscht",
    "Could not delete preset “%1”: %2": "Voreinstellung „%1“ konnte nicht gelöscht werden: %2",
    "Imported preset “%1”": "Voreinstellung „%1“ importiert",
    "Could not import %1: %2": "%1 konnte nicht importiert werden: %2",
    "Exported preset “%1” to %2": "Voreinstellung „%1“ nach %2 exportiert",
    "Could not export preset “%1”: %2": "Voreinstellung „%1“ konnte nicht exportiert werden: %2",
    "Connection problem, retrying: %1": "Verbindungsproblem, neuer Versuch: %1",
    "Sending": "Wird gesendet",
    "Canceling": "Wird abgebrochen",
    "Starting": "Startet",
    "Processing": "In Arbeit",
    "Succeeded": "Erfolgreich",
    "Failed": "Fehlgeschlagen",
    "Canceled": "Abgebrochen",
    "Aborted": "Vorzeitig beendet",
    "Rejected": "Abgelehnt",
    "The server aborted the prediction before it ran (for example because its deadline passed). Run it again.":
        "Der Server hat die Vorhersage beendet, bevor sie lief (zum Beispiel, weil ihre Frist abgelaufen war). Führen Sie sie erneut aus.",
    "The prediction failed without an error message.": "Die Vorhersage ist ohne Fehlermeldung fehlgeschlagen.",
    "The run ended without a result.": "Der Lauf endete ohne Ergebnis.",
    "%1 (%2 empty)": "%1 (%2 leer)",
    "%1 (the last one back to the start)": "%1 (der letzte zurück zum Start)",
    "%n frame(s) each": ["je %n Bild", "je %n Bilder"],
    "%n frame(s)": ["%n Bild", "%n Bilder"],
    "%n video frame(s)": ["%n Videobild", "%n Videobilder"],
    "%1 ≈ %2 s at %3 fps": "%1 ≈ %2 s bei %3 fps",
    "%1 · %2 · %3 → %4": "%1 · %2 · %3 → %4",
    "Latent interpolation: %n frame(s) per pair, the last latent is never decoded": [
        "Latent-Interpolation: %n Bild pro Paar, das letzte Latent wird nie dekodiert",
        "Latent-Interpolation: %n Bilder pro Paar, das letzte Latent wird nie dekodiert"],
    "FILM doubles %n time(s): ×%1": ["FILM verdoppelt %n-mal: ×%1", "FILM verdoppelt %n-mal: ×%1"],
    "%1 — %2 to %3 give the same video": "%1 — %2 bis %3 ergeben dasselbe Video",
    "Strength %1 is not above 0: the frames get no denoising steps of their own, so every frame looks the same. The useful range is between 0 and 1.":
        "Prompt-Stärke %1 ist nicht größer als 0: Die Bilder erhalten keine eigenen Entrauschungsschritte, daher sehen alle Bilder gleich aus. Sinnvoll sind Werte zwischen 0 und 1.",
    "Strength 1 leaves no shared start: every frame is denoised on its own, so the animation jumps. The useful range is between 0 and 1.":
        "Prompt-Stärke 1 lässt keinen gemeinsamen Start: Jedes Bild wird für sich entrauscht, daher springt die Animation. Sinnvoll sind Werte zwischen 0 und 1.",
    "Strength %1 is above 1: the model then denoises each frame for only the last %n step(s) (Python's negative slice). Accepted, but rarely intended; the useful range is between 0 and 1.": [
        "Prompt-Stärke %1 ist größer als 1: Das Modell entrauscht dann jedes Bild nur im letzten %n Schritt (negativer Slice in Python). Zulässig, aber selten beabsichtigt; sinnvoll sind Werte zwischen 0 und 1.",
        "Prompt-Stärke %1 ist größer als 1: Das Modell entrauscht dann jedes Bild nur in den letzten %n Schritten (negativer Slice in Python). Zulässig, aber selten beabsichtigt; sinnvoll sind Werte zwischen 0 und 1."],
    "The start prompt is empty: the model renders an unconditioned image for it.":
        "Der Start-Prompt ist leer: Das Modell erzeugt dafür ein unkonditioniertes Bild.",
    "End prompt %1 is empty: the model renders an unconditioned image for it.":
        "End-Prompt %1 ist leer: Das Modell erzeugt dafür ein unkonditioniertes Bild.",
    "Without ping-pong the animation approaches the last prompt but never fully shows it: each segment stops one frame short of its target.":
        "Ohne Ping-Pong nähert sich die Animation dem letzten Prompt, zeigt ihn aber nie ganz: Jeder Abschnitt endet ein Bild vor seinem Ziel.",
    "Ping-pong renders a whole extra segment back to the start prompt: %n more frame(s) to denoise, not a reversed copy.": [
        "Ping-Pong berechnet einen ganzen zusätzlichen Abschnitt zurück zum Start-Prompt: %n Bild mehr zu entrauschen, keine umgekehrte Kopie.",
        "Ping-Pong berechnet einen ganzen zusätzlichen Abschnitt zurück zum Start-Prompt: %n Bilder mehr zu entrauschen, keine umgekehrte Kopie."],
    "Use %1": "%1 verwenden",
    "%1 interpolation steps make exactly the same video (×%2)":
        "%1 Interpolationsschritte ergeben genau dasselbe Video (×%2)",
    "≈ %1 s (%2–%3 s)": "≈ %1 s (%2–%3 s)",
    "≈ %1 min (%2–%3 min)": "≈ %1 min (%2–%3 min)",
    "$%1 (%2–%3)": "%1 $ (%2–%3 $)",
    "documented A100 defaults": "dokumentierte A100-Standardwerte",
    "learned from %n run(s)": ["gelernt aus %n Lauf", "gelernt aus %n Läufen"],
    # --- ui ------------------------------------------------------------------------------------
    "yes": "ja",
    "no": "nein",
    "%1 (not allowed)": "%1 (nicht erlaubt)",
    "Describe the next keyframe": "Beschreiben Sie das nächste Schlüsselbild",
    "Move up": "Nach oben",
    "Move down": "Nach unten",
    "Remove this end prompt": "Diesen End-Prompt entfernen",
    "%1.": "%1.",
    "End prompt %1": "End-Prompt %1",
    "on": "an",
    "off": "aus",
    "default %1": "Standard %1",
    "default random": "Standard zufällig",
    " · %1–%2": " · %1–%2",
    "Reset to default (%1)": "Auf Standard zurücksetzen (%1)",
    "Reset to default (random seed)": "Auf Standard zurücksetzen (zufälliger Seed)",
    "Creating": "Wird erstellt",
    "Interrupted": "Unterbrochen",
    "just now": "gerade eben",
    "%1 %2": "%1 %2",
    "%1 s": "%1 s",
    "%1 min %2 s": "%1 min %2 s",
    "→ %1": "→ %1",
    "%1 → %2": "%1 → %2",
    "From: %1": "Von: %1",
    "To: %1": "Nach: %1",
    "Status: %1": "Status: %1",
    "Created: %1": "Erstellt: %1",
    "Prediction: %1": "Vorhersage: %1",
    "Files: %1": "Dateien: %1",
    "Search prompts or prediction ids": "Prompt/ID suchen",
    "Search history": "Verlauf durchsuchen",
    "All": "Alle",
    "Running": "Laufend",
    "Show only predictions with this status": "Nur Vorhersagen mit diesem Status anzeigen",
    "Prediction history": "Vorhersageverlauf",
    "Delete": "Löschen",
    "Undo delete": "Löschen rückgängig machen",
    "Undo": "Rückgängig",
    "Loading history…": "Verlauf wird geladen …",
    "No prediction matches.": "Keine Vorhersage passt.",
    "No predictions yet.": "Noch keine Vorhersagen.",
    "%n prediction(s)": ["%n Vorhersage", "%n Vorhersagen"],
    "This prediction is no longer in the history.": "Diese Vorhersage ist nicht mehr im Verlauf.",
    "The inputs of this prediction were not kept (the server removed its data).":
        "Die Eingaben dieser Vorhersage wurden nicht aufbewahrt (der Server hat ihre Daten entfernt).",
    "Copied prediction id %1": "Vorhersage-ID %1 kopiert",
    "This prediction has no web page.": "Diese Vorhersage hat keine Webseite.",
    "Copied %1": "%1 kopiert",
    "No file of this prediction was saved.": "Von dieser Vorhersage wurde keine Datei gespeichert.",
    "Could not open the folder %1.": "Der Ordner %1 konnte nicht geöffnet werden.",
    "Could not delete the prediction from the history.": "Die Vorhersage konnte nicht aus dem Verlauf gelöscht werden.",
    "Deleted “%1”.": "„%1“ gelöscht.",
    "Could not restore the prediction.": "Die Vorhersage konnte nicht wiederhergestellt werden.",
    "Show": "Anzeigen",
    "Load inputs into the form": "Eingaben ins Formular laden",
    "Run again": "Erneut ausführen",
    "Run again with a new seed": "Mit neuem Seed erneut ausführen",
    "Copy prediction id": "Vorhersage-ID kopieren",
    "Copy web URL": "Web-URL kopieren",
    "Open containing folder": "Ordner öffnen",
    "SD Animator": "SD Animator",
    "%n run(s) in progress": ["%n Lauf aktiv", "%n Läufe aktiv"],
    "They keep running on the server; SD Animator follows them again at the next start.":
        "Sie laufen auf dem Server weiter; SD Animator verfolgt sie beim nächsten Start wieder.",
    "They run on this computer and stop when SD Animator quits.":
        "Sie laufen auf diesem Computer und enden, wenn SD Animator beendet wird.",
    "Quit SD Animator": "SD Animator beenden",
    "%n run(s) still in progress.": ["%n Lauf ist noch aktiv.", "%n Läufe sind noch aktiv."],
    "Run": "Ausführen",
    "Start a run with these inputs (Ctrl+Enter). Runs already in flight continue.":
        "Einen Lauf mit diesen Eingaben starten (Strg+Eingabe). Bereits laufende Läufe gehen weiter.",
    "Cancel": "Abbrechen",
    "Cancel the selected run (Esc)": "Den ausgewählten Lauf abbrechen (Esc)",
    "History": "Verlauf",
    "Inputs loaded from the history": "Eingaben aus dem Verlauf geladen",
    "&File": "&Datei",
    "&Settings…": "&Einstellungen …",
    "&Load Inputs from Output File…": "Eingaben aus Ausgabedatei &laden …",
    "Load the inputs recorded next to a GIF/MP4 (or its .json sidecar) into the form":
        "Die neben einem GIF/MP4 (oder in seiner .json-Begleitdatei) gespeicherten Eingaben ins Formular laden",
    "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten",
    "Copy as &Code": "Als &Code kopieren",
    "curl": "curl",
    "Python": "Python",
    "Node.js": "Node.js",
    "&Reset All Inputs to Defaults": "Alle Eingaben auf Standard &zurücksetzen",
    "&Presets": "&Voreinstellungen",
    "&Save Form as Preset…": "Formular als Voreinstellung &speichern …",
    "&Manage Presets…": "Voreinstellungen &verwalten …",
    "&Run": "Aus&führen",
    "&Cancel Selected Run": "Ausgewählten Lauf a&bbrechen",
    "Cancel &All Runs": "&Alle Läufe abbrechen",
    "Reuse &Seed of Selected Run": "&Seed des ausgewählten Laufs übernehmen",
    "&Load Inputs of Selected Run": "&Eingaben des ausgewählten Laufs laden",
    "&View": "&Ansicht",
    "Model version %1 loaded": "Modellversion %1 geladen",
    "Offline: using the shipped model version %1": "Offline: Die mitgelieferte Modellversion %1 wird verwendet",
    "No backend": "Kein Backend",
    "Backend: %1": "Backend: %1",
    "Outputs are synthetic previews made on this computer, not by the real model.":
        "Die Ausgaben sind synthetische Vorschauen, die auf diesem Computer erzeugt werden, nicht vom echten Modell.",
    "Model version %1": "Modellversion %1",
    "No backend is available: choose one in Settings.": "Kein Backend verfügbar: Wählen Sie eines in den Einstellungen.",
    "Start a run with these inputs (Ctrl+Enter)": "Einen Lauf mit diesen Eingaben starten (Strg+Eingabe)",
    "Cannot run yet: %1": "Noch nicht ausführbar: %1",
    "Could not start a run: no backend.": "Lauf konnte nicht gestartet werden: kein Backend.",
    "Run %1": "Lauf %1",
    "Seed %1 locked for the next runs": "Seed %1 für die nächsten Läufe festgehalten",
    "This run's seed is not known yet.": "Der Seed dieses Laufs ist noch nicht bekannt.",
    "Inputs of the run loaded into the form": "Eingaben des Laufs ins Formular geladen",
    "Copied the %1 snippet; it reads the token from $REPLICATE_API_TOKEN":
        "%1-Codebeispiel kopiert; es liest das Token aus $REPLICATE_API_TOKEN",
    "%1 has no readable inputs: %2": "%1 hat keine lesbaren Eingaben: %2",
    "Loaded the inputs of %1": "Eingaben von %1 geladen",
    " (ignored inputs this model version does not have: %1)":
        " (ignorierte Eingaben, die diese Modellversion nicht kennt: %1)",
    "Load Inputs from Output File": "Eingaben aus Ausgabedatei laden",
    "Outputs and sidecars (*.gif *.mp4 *.png *.json);;All files (*)":
        "Ausgaben und Begleitdateien (*.gif *.mp4 *.png *.json);;Alle Dateien (*)",
    "%1 (built-in)": "%1 (mitgeliefert)",
    "Save Preset": "Voreinstellung speichern",
    "Preset name:": "Name der Voreinstellung:",
    "“%1” is a built-in preset; choose another name.": "„%1“ ist eine mitgelieferte Voreinstellung; wählen Sie einen anderen Namen.",
    "Replace the preset “%1”?": "Die Voreinstellung „%1“ ersetzen?",
    "Applied preset “%1”": "Voreinstellung „%1“ angewendet",
    "This prediction has no saved output.": "Diese Vorhersage hat keine gespeicherte Ausgabe.",
    "Prompts": "Prompts",
    "Parameters": "Parameter",
    "&Apply": "&Anwenden",
    "&Rename…": "&Umbenennen …",
    "&Delete": "&Löschen",
    "&Import…": "&Importieren …",
    "&Export…": "&Exportieren …",
    "Presets": "Voreinstellungen",
    "Rename Preset": "Voreinstellung umbenennen",
    "New name:": "Neuer Name:",
    "Delete Preset": "Voreinstellung löschen",
    "Delete the preset “%1”?": "Die Voreinstellung „%1“ löschen?",
    "Import Preset": "Voreinstellung importieren",
    "Presets (*.json);;All files (*)": "Voreinstellungen (*.json);;Alle Dateien (*)",
    "Export Preset": "Voreinstellung exportieren",
    "Presets (*.json)": "Voreinstellungen (*.json)",
    "Output %1: %2": "Ausgabe %1: %2",
    "Cannot decode %1: %2": "%1 kann nicht dekodiert werden: %2",
    "Cannot decode %1": "%1 kann nicht dekodiert werden",
    "Cannot play %1: %2": "%1 kann nicht abgespielt werden: %2",
    "Saved %1": "%1 gespeichert",
    "Offline preview: synthetic emulator output, not the real model":
        "Offline-Vorschau: synthetische Emulator-Ausgabe, nicht das echte Modell",
    "The finished animation appears here.": "Hier erscheint die fertige Animation.",
    "Drag to copy the file elsewhere": "Ziehen, um die Datei anderswohin zu kopieren",
    "Previous frame": "Vorheriges Bild",
    "Play": "Abspielen",
    "Next frame": "Nächstes Bild",
    "Loop": "Wiederholen",
    "Actual size (1:1)": "Originalgröße (1:1)",
    "1:1": "1:1",
    "Save as…": "Speichern unter …",
    "Copy": "Kopieren",
    "Copy the file and the frame on screen to the clipboard":
        "Die Datei und das angezeigte Bild in die Zwischenablage kopieren",
    "%1 (%2)": "%1 (%2)",
    "Playback speed": "Wiedergabegeschwindigkeit",
    "%1×": "%1×",
    "Frame %1 / %2": "Bild %1 / %2",
    "Drag the output file from here into another application": "Die Ausgabedatei von hier in eine andere Anwendung ziehen",
    "Drag output file": "Ausgabedatei ziehen",
    "The file %1 does not exist.": "Die Datei %1 existiert nicht.",
    "Generating… %n intermediate frame(s) so far.": [
        "Wird erzeugt … bisher %n Zwischenbild.", "Wird erzeugt … bisher %n Zwischenbilder."],
    "All files (*)": "Alle Dateien (*)",
    "%1 files (*.%2);;All files (*)": "%1-Dateien (*.%2);;Alle Dateien (*)",
    "Save output as": "Ausgabe speichern unter",
    "Copied %1 to the clipboard": "%1 in die Zwischenablage kopiert",
    "Pause": "Pause",
    "Add end prompt": "End-Prompt hinzufügen",
    "What the animation starts with, e.g. “a watercolor fox in a forest”":
        "Womit die Animation beginnt, z. B. „a watercolor fox in a forest“",
    "Add another keyframe prompt; the animation moves through the prompts in order":
        "Einen weiteren Schlüsselbild-Prompt hinzufügen; die Animation durchläuft die Prompts der Reihe nach",
    "End prompts (in order)": "End-Prompts (der Reihe nach)",
    "Fill in %1 to run.": "Zum Ausführen bitte %1 ausfüllen.",
    "No runs yet. Fill in the prompts and press Run (Ctrl+Enter). Several runs can be in flight at once.":
        "Noch keine Läufe. Füllen Sie die Prompts aus und klicken Sie auf „Ausführen“ (Strg+Eingabe). Mehrere Läufe können gleichzeitig aktiv sein.",
    "Cancel run": "Lauf abbrechen",
    "Log": "Protokoll",
    "Cancel this run (Esc when selected)": "Diesen Lauf abbrechen (Esc, wenn ausgewählt)",
    "More": "Mehr",
    "Remove from this list (the history keeps it)": "Aus dieser Liste entfernen (der Verlauf behält ihn)",
    "Show output": "Ausgabe anzeigen",
    "Reuse seed of this run": "Seed dieses Laufs übernehmen",
    "Log (%n line(s))": ["Protokoll (%n Zeile)", "Protokoll (%n Zeilen)"],
    "%1:%2:%3": "%1:%2:%3",
    "%1:%2": "%1:%2",
    "seed %1": "Seed %1",
    "Prediction %1": "Vorhersage %1",
    "Done in %1": "Fertig in %1",
    "%1% · about %2 left": "%1 % · noch etwa %2",
    "%1%": "%1 %",
    "Still starting after %1. The model may be booting (cold start) or the queue is long; you can keep waiting or cancel.":
        "Startet nach %1 immer noch. Das Modell fährt vielleicht hoch (Kaltstart) oder die Warteschlange ist lang; Sie können weiter warten oder abbrechen.",
    "The fields concerned are marked in the form.": "Die betroffenen Felder sind im Formular markiert.",
    "random": "zufällig",
    "Leave blank for a new random seed on every run": "Leer lassen für einen neuen zufälligen Seed bei jedem Lauf",
    "Random": "Zufällig",
    "Draw a new random seed and keep it": "Einen neuen zufälligen Seed ziehen und beibehalten",
    "Lock": "Festhalten",
    "Locked: every run uses this seed. Unlocked: every run draws a new seed and shows it here.":
        "Festgehalten: Jeder Lauf verwendet diesen Seed. Gelöst: Jeder Lauf zieht einen neuen Seed und zeigt ihn hier an.",
    "Locked": "Festgehalten",
    "Forget": "Vergessen",
    "Test Connection": "Verbindung testen",
    "Refresh": "Aktualisieren",
    "Notify me when a run finishes while the window is in the background":
        "Benachrichtigen, wenn ein Lauf endet, während das Fenster im Hintergrund ist",
    "Allow storing the token in a plain-text file when no keyring is available":
        "Speichern des Tokens in einer Klartextdatei erlauben, wenn kein Schlüsselbund verfügbar ist",
    "Settings": "Einstellungen",
    "Automatic (Replicate cloud when a token is set, else offline emulator)":
        "Automatisch (Replicate-Cloud mit Token, sonst Offline-Emulator)",
    "Replicate cloud": "Replicate-Cloud",
    "Local Cog container": "Lokaler Cog-Container",
    "Offline emulator (synthetic previews, no network)": "Offline-Emulator (synthetische Vorschauen, kein Netzwerk)",
    "r8_… (from replicate.com/account/api-tokens)": "r8_… (von replicate.com/account/api-tokens)",
    "A token is stored; type here to replace it": "Ein Token ist gespeichert; zum Ersetzen hier eingeben",
    "Remove the stored token from the keyring": "Das gespeicherte Token aus dem Schlüsselbund entfernen",
    "Checks the token (cloud) or that the container answers (Cog) with the values in this dialog":
        "Prüft mit den Werten in diesem Dialog das Token (Cloud) bzw. ob der Container antwortet (Cog)",
    "empty: always use the model's latest version": "leer: immer die neueste Version des Modells verwenden",
    "System default": "Systemstandard",
    "Backend": "Backend",
    "Run on:": "Ausführen auf:",
    "API token:": "API-Token:",
    "Cog URL:": "Cog-URL:",
    "Model": "Modell",
    "In use:": "In Verwendung:",
    "Pin version:": "Version festlegen:",
    "General": "Allgemein",
    "Browse…": "Durchsuchen …",
    "Output folder:": "Ausgabeordner:",
    "Language:": "Sprache:",
    "The stored token will be removed when you press OK": "Das gespeicherte Token wird entfernt, wenn Sie auf OK klicken",
    "Output Folder": "Ausgabeordner",
    "%1 (latest, just fetched)": "%1 (neueste, gerade abgerufen)",
    "%1 (shipped version; the server could not be reached)": "%1 (mitgelieferte Version; der Server war nicht erreichbar)",
    "Checking…": "Wird geprüft …",
    "Fetching the model's latest version…": "Neueste Version des Modells wird abgerufen …",
    "Language": "Sprache",
    "The new language is used after a restart.": "Die neue Sprache wird nach einem Neustart verwendet.",
    "Token not saved": "Token nicht gespeichert",
    "What the real model takes on Replicate for these inputs: their work (denoising steps, decodes, FILM, encoding) times rates fitted to your finished Replicate runs (the documented A100 defaults until %n run(s) exist), at the price per second set in Settings.": [
        "Was das echte Modell auf Replicate für diese Eingaben braucht: ihr Rechenaufwand (Entrauschungsschritte, Dekodierungen, FILM, Kodierung) mal Raten, die aus Ihren abgeschlossenen Replicate-Läufen ermittelt werden (die dokumentierten A100-Standardwerte, bis %n Lauf vorliegt), zum Preis pro Sekunde aus den Einstellungen.",
        "Was das echte Modell auf Replicate für diese Eingaben braucht: ihr Rechenaufwand (Entrauschungsschritte, Dekodierungen, FILM, Kodierung) mal Raten, die aus Ihren abgeschlossenen Replicate-Läufen ermittelt werden (die dokumentierten A100-Standardwerte, bis %n Läufe vorliegen), zum Preis pro Sekunde aus den Einstellungen."],
    "&Help": "&Hilfe",
    "&About SD Animator": "Ü&ber SD Animator",
    "About SD Animator": "Über SD Animator",
    "<h3>SD Animator %1</h3><p>Prompt-to-prompt animations with the Replicate model %2: on Replicate's cloud, on a local Cog container, or offline with the bundled emulator, whose outputs are labelled synthetic previews.</p>":
        "<h3>SD Animator %1</h3><p>Prompt-zu-Prompt-Animationen mit dem Replicate-Modell %2: in der Cloud von Replicate, in einem lokalen Cog-Container oder offline mit dem mitgelieferten Emulator, dessen Ausgaben als synthetische Vorschauen gekennzeichnet sind.</p>",
    "About &Qt": "Über &Qt",
    " per second": " pro Sekunde",
    "Replicate bills the prediction's run time (predict_time) at the price of its hardware. Used for the run estimates and the history's cost column.":
        "Replicate berechnet die Laufzeit der Vorhersage (predict_time) zum Preis ihrer Hardware. Wird für die Laufschätzungen und die Kostenspalte des Verlaufs verwendet.",
    "Default": "Standard",
    "Nvidia A100 (40GB), the model's hardware: $%1 per second": "Nvidia A100 (40GB), die Hardware des Modells: %1 $ pro Sekunde",
    "Price:": "Preis:",
    # --- history menu, delete with files, video thumbnails, save copy (issue 10) ----------------
    "The video's pixel format cannot be converted.": "Das Pixelformat des Videos kann nicht umgewandelt werden.",
    "%1 cannot be opened as a video.": "%1 kann nicht als Video geöffnet werden.",
    "%1 has no readable streams.": "%1 enthält keine lesbaren Datenströme.",
    "%1 has no video stream that can be decoded.": "%1 enthält keinen dekodierbaren Videostrom.",
    "%1 has frames of %2×%3 pixels, outside the limit of %4 per side.":
        "%1 hat Bilder mit %2×%3 Pixeln, mehr als die Grenze von %4 je Seite.",
    "Out of memory while decoding %1.": "Kein Speicher mehr beim Dekodieren von %1.",
    "%1 has no frame that can be decoded.": "%1 enthält kein dekodierbares Bild.",
    "&Import from Replicate Account": "Aus Replicate-Konto &importieren",
    "Add the predictions of this model made with your token or on replicate.com to the history (none twice).":
        "Die Vorhersagen dieses Modells, die mit Ihrem Token oder auf replicate.com gemacht wurden, in den Verlauf übernehmen (keine doppelt).",
    "Stop the import (what is imported so far stays in the history)":
        "Den Import anhalten (was bisher importiert ist, bleibt im Verlauf)",
    "Needs the Replicate cloud backend (a token in Settings).": "Braucht das Backend Replicate-Cloud (ein Token in den Einstellungen).",
    "Importing needs the Replicate cloud backend: set a token in Settings.":
        "Der Import braucht das Backend Replicate-Cloud: Hinterlegen Sie ein Token in den Einstellungen.",
    "Importing history: page %1, %n prediction(s) read":
        ["Verlauf wird importiert: Seite %1, %n Vorhersage gelesen", "Verlauf wird importiert: Seite %1, %n Vorhersagen gelesen"],
    "History import: %1 new, %2 updated, %3 already known.": "Verlaufsimport: %1 neu, %2 aktualisiert, %3 schon bekannt.",
    "History import failed: %1": "Verlaufsimport fehlgeschlagen: %1",
    "History import canceled (%1 new, %2 updated before that).": "Verlaufsimport abgebrochen (vorher %1 neu, %2 aktualisiert).",
    "Importing history…": "Verlauf wird importiert …",
    "Files in %1": "Dateien in %1",
    "Outputs use %1 on disk": "Ausgaben belegen %1 auf der Festplatte",
    "Delete from History": "Aus dem Verlauf löschen",
    "Delete “%1” from the history?": "„%1“ aus dem Verlauf löschen?",
    "Without its files, the entry can be restored with Undo for a while. Deleted files cannot be restored.":
        "Ohne seine Dateien lässt sich der Eintrag eine Weile mit „Rückgängig“ wiederherstellen. Gelöschte Dateien lassen sich nicht wiederherstellen.",
    "Also delete its %n file(s) from disk (frees %1)":
        ["Auch seine %n Datei von der Festplatte löschen (gibt %1 frei)", "Auch seine %n Dateien von der Festplatte löschen (gibt %1 frei)"],
    "Could not delete %1.": "%1 konnte nicht gelöscht werden.",
    "Deleted the prediction and %n file(s), %1 freed.":
        ["Vorhersage und %n Datei gelöscht, %1 frei geworden.", "Vorhersage und %n Dateien gelöscht, %1 frei geworden."],
    "Delete…": "Löschen …",
    "&History": "&Verlauf",
    "Saved, but the old %1 next to it could not be removed.": "Gespeichert, aber die alte %1 daneben konnte nicht entfernt werden.",
    "Saved, but without its inputs (a copy that cannot restore them): %1":
        "Gespeichert, aber ohne seine Eingaben (die Kopie kann sie nicht wiederherstellen): %1",
    'Usage: sdanim [COMMAND [OPTIONS]]\n\nSD Animator makes animations with the Replicate model %1.\nWithout a command, the desktop app (GUI) opens.\n\nCommands (headless, no window):\n  run        run one prediction and print the output file paths\n  plan       show what the model will make of the input, and its time and cost; runs nothing\n  sweep      run a grid of predictions over one or two varied inputs and print a table of results\n  storyboard run a storyboard project (one prediction per transition) and stitch it into one file\n  history    list past predictions; --import fetches them, --resume follows unfinished ones\n  presets    list, show, save, delete, import and export presets\n\nRun "sdanim COMMAND --help" for the options of a command.\n\nOptions:\n  -h, --help     show this help and exit\n  -v, --version  show the version and exit\n  --verbose      print the debug log (each HTTP request, with the token masked) on stderr;\n                 for the app and for every command (also after it: sdanim run --verbose)':
        'Aufruf: sdanim [BEFEHL [OPTIONEN]]\n\nSD Animator erstellt Animationen mit dem Replicate-Modell %1.\nOhne Befehl öffnet sich die Desktop-App (GUI).\n\nBefehle (ohne Fenster):\n  run        eine Vorhersage ausführen und die Pfade der Ausgabedateien ausgeben\n  plan       zeigen, was das Modell aus der Eingabe macht, samt Dauer und Kosten; führt nichts aus\n  sweep      ein Raster von Vorhersagen über ein oder zwei variierte Eingaben ausführen und eine Ergebnistabelle ausgeben\n  storyboard ein Storyboard-Projekt ausführen (eine Vorhersage je Übergang) und zu einer Datei zusammenfügen\n  history    frühere Vorhersagen auflisten; --import holt sie ab, --resume verfolgt unfertige weiter\n  presets    Voreinstellungen auflisten, anzeigen, speichern, löschen, importieren und exportieren\n\n„sdanim BEFEHL --help“ zeigt die Optionen eines Befehls.\n\nOptionen:\n  -h, --help     diese Hilfe anzeigen und beenden\n  -v, --version  die Version anzeigen und beenden\n  --verbose      das Debug-Protokoll (jede HTTP-Anfrage, mit maskiertem Token) auf stderr ausgeben;\n                 für die App und für jeden Befehl (auch danach: sdanim run --verbose)',
    # --- FFmpeg loaded on first use (media::LibAv) ---
    "Video support is unavailable: FFmpeg's library %1 cannot be loaded (%2).":
        "Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 kann nicht geladen werden (%2).",
    "Video support is unavailable: FFmpeg's library %1 has no function %2.":
        "Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 hat keine Funktion %2.",
    "Video support is unavailable: FFmpeg's library %1 is version %2, this build needs major version %3.":
        "Videounterstützung ist nicht verfügbar: Die FFmpeg-Bibliothek %1 hat die Version %2, dieser Build braucht die Hauptversion %3.",
    # --- sweeps (sweep::, cli::SweepCommand) ---
    'Runs a grid of predictions: one or two inputs varied over the input the run options give, and prints a table of the results. Takes every option of sdanim run.':
        'Führt ein Raster von Vorhersagen aus: ein oder zwei Eingaben variiert über der Eingabe, die die Lauf-Optionen ergeben, und gibt eine Ergebnistabelle aus. Nimmt jede Option von sdanim run.',
    'An input to vary, with a list or a range: seed=1,2,3 or guidance_scale=5:9:2 (start:end:step, the end included when a step lands on it). Also prompt_end[N]=... for one end prompt and prompts=START => END,... for the pair. The first --vary is the columns, a second one the rows.':
        'Eine zu variierende Eingabe, mit einer Liste oder einem Bereich: seed=1,2,3 oder guidance_scale=5:9:2 (Anfang:Ende:Schritt, das Ende eingeschlossen, wenn ein Schritt darauf fällt). Außerdem prompt_end[N]=... für einen End-Prompt und prompts=START => ENDE,... für das Paar. Das erste --vary sind die Spalten, ein zweites die Zeilen.',
    'Run at most this many predictions at once (1 to %1; default 1).':
        'Höchstens so viele Vorhersagen gleichzeitig ausführen (1 bis %1; Standard 1).',
    'Start no run once the cost spent plus the estimates of the running runs and the next one would exceed this many US dollars.':
        'Keinen Lauf mehr starten, sobald die ausgegebenen Kosten plus die Schätzungen der laufenden und des nächsten Laufs so viele US-Dollar überschreiten würden.',
    'Print the grid and the estimated time and cost; run nothing.':
        'Das Raster und die geschätzte Zeit und Kosten ausgeben; nichts ausführen.',
    'Start without asking, even above the confirmation threshold.':
        'Ohne Nachfrage starten, auch über der Bestätigungsschwelle.',
    'Print the sweep and its results as one JSON object.': 'Den Sweep und seine Ergebnisse als ein JSON-Objekt ausgeben.',
    'See: sdanim sweep --help': 'Siehe: sdanim sweep --help',
    'Unexpected argument "%1". See: sdanim sweep --help': 'Unerwartetes Argument „%1“. Siehe: sdanim sweep --help',
    'A sweep needs --vary NAME=VALUES, e.g. --vary seed=1,2,3. See: sdanim sweep --help':
        'Ein Sweep braucht --vary NAME=WERTE, z. B. --vary seed=1,2,3. Siehe: sdanim sweep --help',
    '--concurrency: expected a whole number from 1 to %1, got "%2"':
        '--concurrency: erwartet eine ganze Zahl von 1 bis %1, erhalten „%2“',
    '--budget: expected an amount of US dollars of 0 or more, got "%1"':
        '--budget: erwartet einen Betrag in US-Dollar von 0 oder mehr, erhalten „%1“',
    'Invalid sweep:\n%1': 'Ungültiger Sweep:\n%1',
    'The history cannot be opened: %1': 'Der Verlauf kann nicht geöffnet werden: %1',
    'Sweep of %1: %2': 'Sweep mit %1: %2',
    '%1 runs': '%1 Läufen',
    '%1 × %2 runs': '%1 × %2 Läufen',
    'This sweep has %1 runs and an estimated cost of %2; it asks first above %3 runs or %4 (the sweep confirmation threshold in the settings).':
        'Dieser Sweep hat %1 Läufe und geschätzte Kosten von %2; über %3 Läufen oder %4 wird zuerst gefragt (die Sweep-Bestätigungsschwelle in den Einstellungen).',
    'Not starting it: stdin is not a terminal. Pass --yes to start it anyway.':
        'Nicht gestartet: stdin ist kein Terminal. Mit --yes wird er trotzdem gestartet.',
    'Start it? [y/N] ': 'Starten? [j/N] ',
    'Not started.': 'Nicht gestartet.',
    'Warning: the history could not record the sweep; its runs are recorded on their own.':
        'Warnung: Der Verlauf konnte den Sweep nicht speichern; seine Läufe werden einzeln gespeichert.',
    'Warning: the history could not record a prediction: %1': 'Warnung: Der Verlauf konnte eine Vorhersage nicht speichern: %1',
    '[%1/%2] %3: prediction %4 created': '[%1/%2] %3: Vorhersage %4 erstellt',
    '[%1/%2] %3: %4': '[%1/%2] %3: %4',
    'Budget reached: run %1 of %2 (%3) was not started, since %4 spent or running plus its estimated %5 would exceed the budget of %6; %n run(s) skipped.':
        ['Budget erreicht: Lauf %1 von %2 (%3) wurde nicht gestartet, da %4 ausgegeben oder laufend plus seine geschätzten %5 das Budget von %6 überschreiten würden; %n Lauf übersprungen.', 'Budget erreicht: Lauf %1 von %2 (%3) wurde nicht gestartet, da %4 ausgegeben oder laufend plus seine geschätzten %5 das Budget von %6 überschreiten würden; %n Läufe übersprungen.'],
    'COLUMN': 'SPALTE',
    'ROW': 'ZEILE',
    'STATUS': 'STATUS',
    'SEED': 'SEED',
    'TIME': 'ZEIT',
    'OUTPUT': 'AUSGABE',
    'Sweep: %1 runs, %2 rows × %3 columns': 'Sweep: %1 Läufe, %2 Zeilen × %3 Spalten',
    'Sweep: %1 runs in one row': 'Sweep: %1 Läufe in einer Zeile',
    'Columns: %1': 'Spalten: %1',
    'Rows: %1': 'Zeilen: %1',
    'Seed: %1 for every run (drawn once, so the runs differ only in what is varied; --seed picks it)':
        'Seed: %1 für jeden Lauf (einmal gezogen, damit sich die Läufe nur im Variierten unterscheiden; --seed wählt ihn)',
    'Runs:': 'Läufe:',
    'Budget: %1 starts the first %2 of %3 runs.': 'Budget: %1 startet die ersten %2 von %3 Läufen.',
    'Interrupted: canceling the running predictions first (press Ctrl+C again to quit at once)...':
        'Unterbrochen: Die laufenden Vorhersagen werden zuerst abgebrochen (erneut Strg+C zum sofortigen Beenden)...',
    'No sweep %1 in the history.': 'Kein Sweep %1 im Verlauf.',
    '--vary %1: this model version has no prompt_start and prompt_end':
        '--vary %1: Diese Modellversion hat kein prompt_start und prompt_end',
    '--vary %1: end prompts are counted from 1 (prompt_end[1] is the first)':
        '--vary %1: End-Prompts werden ab 1 gezählt (prompt_end[1] ist der erste)',
    '--vary %1: the model has no such input (inputs: %2; also prompt_end[N] and prompts)':
        '--vary %1: Das Modell hat keine solche Eingabe (Eingaben: %2; außerdem prompt_end[N] und prompts)',
    'expected a text': 'erwartet einen Text',
    'one end prompt cannot contain "|" (vary prompt_end for the whole list)':
        'ein End-Prompt kann kein „|“ enthalten (prompt_end variieren für die ganze Liste)',
    '--vary %1: value %2: %3': '--vary %1: Wert %2: %3',
    '--vary %1: "%2" in the range %3 is not a number': '--vary %1: „%2“ im Bereich %3 ist keine Zahl',
    '--vary %1: %2 takes whole numbers; the range %3 has a fraction':
        '--vary %1: %2 nimmt ganze Zahlen; der Bereich %3 hat einen Bruchteil',
    '--vary %1: the step of %2 must be non-zero and go from the start towards the end':
        '--vary %1: Der Schritt von %2 darf nicht null sein und muss vom Anfang zum Ende gehen',
    '--vary %1: the range %2 has more than %3 values': '--vary %1: Der Bereich %2 hat mehr als %3 Werte',
    '--vary %1: more than %2 values': '--vary %1: mehr als %2 Werte',
    '--vary %1: %2': '--vary %1: %2',
    '--vary %1: "%2" is not a prompt pair (write START => END)': '--vary %1: „%2“ ist kein Prompt-Paar (START => ENDE schreiben)',
    '--vary "%1": expected NAME=VALUES, e.g. seed=1,2,3 or guidance_scale=5:9:2':
        '--vary „%1“: erwartet NAME=WERTE, z. B. seed=1,2,3 oder guidance_scale=5:9:2',
    '--vary %1: no values': '--vary %1: keine Werte',
    '%n run(s)': ['%n Lauf', '%n Läufe'],
    'compute %1': 'Rechenzeit %1',
    '%1 min': '%1 min',
    'about %1 with %2 at once': 'etwa %1 mit %2 gleichzeitig',
    'A sweep needs --vary NAME=VALUES (once for a row of runs, twice for a grid).':
        'Ein Sweep braucht --vary NAME=WERTE (einmal für eine Reihe von Läufen, zweimal für ein Raster).',
    'A sweep varies at most %1 inputs; --vary was given %2 times.':
        'Ein Sweep variiert höchstens %1 Eingaben; --vary wurde %2-mal angegeben.',
    '--vary %1 and --vary %2 both change %3; vary it once.': '--vary %1 und --vary %2 ändern beide %3; nur einmal variieren.',
    'The sweep has %1 runs; at most %2 are allowed.': 'Der Sweep hat %1 Läufe; höchstens %2 sind erlaubt.',
    '--vary %1: the base prompt_end has %n end prompt(s); give one for every position up to %2.':
        ['--vary %1: Das Basis-prompt_end hat %n End-Prompt; einen für jede Position bis %2 angeben.', '--vary %1: Das Basis-prompt_end hat %n End-Prompts; einen für jede Position bis %2 angeben.'],
    '--%1: %2': '--%1: %2',
    'Run %1 (%2): %3': 'Lauf %1 (%2): %3',
    'Run %1 (%2): %3: %4': 'Lauf %1 (%2): %3: %4',
    # --- first run, logging, debug log ------------------------------------------------------------
    "Print the debug log of the sdanim.* categories on stderr (each HTTP request, each poll); the API token is never printed.":
        "Das Debug-Protokoll der sdanim.*-Kategorien auf stderr ausgeben (jede HTTP-Anfrage, jede Abfrage); das API-Token wird nie ausgegeben.",
    "Print the debug log of the sdanim.* categories on stderr.": "Das Debug-Protokoll der sdanim.*-Kategorien auf stderr ausgeben.",
    "closed before it finished": "vor dem Ende geschlossen",
    "Paste your Replicate API token first (replicate.com/account/api-tokens).":
        "Zuerst das Replicate-API-Token einfügen (replicate.com/account/api-tokens).",
    "This is longer than any Replicate API token (more than %1 bytes); paste only the token.":
        "Das ist länger als jedes Replicate-API-Token (mehr als %1 Bytes); nur das Token einfügen.",
    "A token has no spaces or line breaks inside; paste only the token.":
        "Ein Token enthält keine Leerzeichen oder Zeilenumbrüche; nur das Token einfügen.",
    "%1 did not accept this token (HTTP 401). Copy it again from replicate.com/account/api-tokens; nothing was saved.":
        "%1 hat dieses Token nicht angenommen (HTTP 401). Es erneut von replicate.com/account/api-tokens kopieren; nichts wurde gespeichert.",
    "Could not reach %1 to check the token (%2). Nothing was saved; check the connection, or go on offline.":
        "%1 war nicht erreichbar, um das Token zu prüfen (%2). Nichts wurde gespeichert; die Verbindung prüfen oder offline weitermachen.",
    "Nothing was saved.": "Nichts wurde gespeichert.",
    "%1 answered, but not with a Replicate account (no username); check the API base URL. Nothing was saved.":
        "%1 hat geantwortet, aber nicht mit einem Replicate-Konto (kein Benutzername); die API-Basis-URL prüfen. Nichts wurde gespeichert.",
    "The token could not be stored (%1); it is used until you quit.":
        "Das Token konnte nicht gespeichert werden (%1); es wird bis zum Beenden verwendet.",
    "First animation (example)": "Erste Animation (Beispiel)",
    "A first run to try: a lighthouse from dawn to a starry night, 256×256, quick and cheap.":
        "Ein erster Lauf zum Ausprobieren: ein Leuchtturm von der Morgendämmerung bis zur Sternennacht, 256×256, schnell und günstig.",
    "Check and &Save Token": "Token prüfen und &speichern",
    "Continue &Offline": "&Offline weitermachen",
    "&Close": "S&chließen",
    "Welcome to SD Animator": "Willkommen bei SD Animator",
    "<h2>Welcome to SD Animator</h2><p>SD Animator turns a start and an end prompt into an animation with the Stable Diffusion model <b>%1</b>. It runs on one of three backends:</p>":
        "<h2>Willkommen bei SD Animator</h2><p>SD Animator macht aus einem Start- und einem End-Prompt eine Animation mit dem Stable-Diffusion-Modell <b>%1</b>. Es läuft auf einem von drei Backends:</p>",
    "<ul><li><b>Replicate cloud</b>: the real model on Replicate's GPUs. Needs an API token; Replicate bills each run by the second.</li><li><b>Local Cog container</b>: the same model on your own NVIDIA GPU, started with<br><code>docker run -p 5000:5000 --gpus=all r8.im/%1</code><br>then choose it in Settings.</li><li><b>Offline emulator</b>: built in, no account and no cost. It makes synthetic previews (labelled as such) so you can try every part of the app.</li></ul>":
        "<ul><li><b>Replicate-Cloud</b>: das echte Modell auf Replicates GPUs. Braucht ein API-Token; Replicate rechnet jeden Lauf sekundengenau ab.</li><li><b>Lokaler Cog-Container</b>: dasselbe Modell auf der eigenen NVIDIA-GPU, gestartet mit<br><code>docker run -p 5000:5000 --gpus=all r8.im/%1</code><br>dann in den Einstellungen auswählen.</li><li><b>Offline-Emulator</b>: eingebaut, ohne Konto und kostenlos. Er erzeugt synthetische Vorschauen (als solche gekennzeichnet), damit sich jeder Teil der App ausprobieren lässt.</li></ul>",
    "Replicate API token": "Replicate-API-Token",
    "The token is checked with %1/account before it is stored in the system keyring; it is only ever sent there.":
        "Das Token wird mit %1/account geprüft, bevor es im Schlüsselbund des Systems gespeichert wird; es wird nur dorthin gesendet.",
    "Either way the form gets an example (two prompts, 256×256, quick), so the first Run is one click.":
        "So oder so erhält das Formular ein Beispiel (zwei Prompts, 256×256, schnell), damit der erste Lauf nur einen Klick braucht.",
    "Checking the token with %1…": "Token wird bei %1 geprüft …",
    "Signed in as %1. %2": "Angemeldet als %1. %2",
    "&Start": "&Starten",
    "…": "…",
    "%1 ms": "%1 ms",
    "Bearer ***": "Bearer ***",
    "An Authorization header was sent; its value is never shown.":
        "Ein Authorization-Header wurde gesendet; sein Wert wird nie angezeigt.",
    "No Authorization header was sent.": "Es wurde kein Authorization-Header gesendet.",
    "Time": "Zeit",
    "Method": "Methode",
    "URL": "URL",
    "Status": "Status",
    "Duration": "Dauer",
    "Token": "Token",
    "Debug Log": "Debug-Protokoll",
    "HTTP requests of this session, newest last (the last %1 are kept); the token is never shown.":
        "HTTP-Anfragen dieser Sitzung, die neueste zuletzt (die letzten %1 werden behalten); das Token wird nie angezeigt.",
    "C&lear": "&Leeren",
    "&Debug Log": "&Debug-Protokoll",
    "&Welcome…": "&Willkommen …",
    # --- compare grid and sweep dialog (ui::SweepDialog, ui::CompareGridDock, sweep::SweepSession, exports::GridVideoExporter) ---
    '%1 cannot be read: %2': '%1 kann nicht gelesen werden: %2',
    '%1 has frames outside the size limit.': '%1 hat Bilder außerhalb der Größengrenze.',
    'The history could not record the sweep; its runs are recorded on their own.': 'Der Verlauf konnte den Sweep nicht speichern; seine Läufe werden einzeln gespeichert.',
    'Sweep %1 is not in the history.': 'Sweep %1 ist nicht im Verlauf.',
    'Sweep %1 cannot be shown: %2': 'Sweep %1 kann nicht angezeigt werden: %2',
    'Prediction %1 is not in a sweep.': 'Vorhersage %1 gehört zu keinem Sweep.',
    'Export canceled.': 'Export abgebrochen.',
    'Cannot write %1.': '%1 kann nicht geschrieben werden.',
    'Waiting': 'Wartet',
    'Running…': 'Läuft …',
    'Loading…': 'Wird geladen …',
    'Not started: refused': 'Nicht gestartet: abgelehnt',
    'Not run': 'Nicht gelaufen',
    'Compare Grid': 'Vergleichsraster',
    'Reopen a past sweep from the history': 'Einen früheren Sweep aus dem Verlauf wieder öffnen',
    'Cancel Sweep': 'Sweep abbrechen',
    'Cell size': 'Zellengröße',
    'Export PNG…': 'Als PNG exportieren …',
    'Save the grid as one image: the frame each cell shows, with the labels': 'Das Raster als ein Bild speichern: das Bild, das jede Zelle zeigt, mit den Beschriftungen',
    'Export Video…': 'Als Video exportieren …',
    'Save the grid as one MP4: every cell playing in step, with the labels': 'Das Raster als ein MP4 speichern: alle Zellen laufen im Gleichschritt, mit den Beschriftungen',
    'Sweep:': 'Sweep:',
    'Exporting video: frame %1 of %2': 'Video wird exportiert: Bild %1 von %2',
    'Grid video saved to %1': 'Rastervideo gespeichert unter %1',
    'A sweep is running; cancel it before opening another.': 'Ein Sweep läuft; brechen Sie ihn ab, bevor Sie einen anderen öffnen.',
    '#%1 %2 × %3 · %4 · %5': 'Nr. %1 %2 × %3 · %4 · %5',
    'Start a sweep with Run → Sweep…': 'Starten Sie einen Sweep mit Ausführen → Sweep …',
    '%1 of %2 runs done': '%1 von %2 Läufen fertig',
    '%1 runs, %2 shown': '%1 Läufe, %2 angezeigt',
    'Export Grid Video': 'Rastervideo exportieren',
    'MP4 video (*.mp4)': 'MP4-Video (*.mp4)',
    'Export Contact Sheet': 'Kontaktbogen exportieren',
    'PNG image (*.png)': 'PNG-Bild (*.png)',
    'Contact sheet saved to %1': 'Kontaktbogen gespeichert unter %1',
    'Cancel Export': 'Export abbrechen',
    'Star this run': 'Diesen Lauf markieren',
    'Sweep': 'Sweep',
    "Runs the form's inputs several times, changing one or two of them. The first input varies along the columns of the compare grid, the second along its rows.": 'Führt die Eingaben des Formulars mehrmals aus und ändert dabei eine oder zwei davon. Die erste Eingabe variiert entlang der Spalten des Vergleichsrasters, die zweite entlang seiner Zeilen.',
    'Columns': 'Spalten',
    'Vary a second input (rows)': 'Eine zweite Eingabe variieren (Zeilen)',
    'Rows': 'Zeilen',
    'How many runs of the sweep go at once.': 'Wie viele Läufe des Sweeps gleichzeitig laufen.',
    'Runs at once:': 'Läufe gleichzeitig:',
    'Start Sweep': 'Sweep starten',
    'Prompt pair (start => end)': 'Prompt-Paar (Start => Ende)',
    'List': 'Liste',
    'Range': 'Bereich',
    'Values, comma-separated: 1, 2, 3 ("double quotes" keep a comma)': 'Werte, durch Kommas getrennt: 1, 2, 3 ("doppelte Anführungszeichen" behalten ein Komma)',
    'from': 'von',
    'to': 'bis',
    'step (1)': 'Schritt (1)',
    '%1 × %2 grid: %3': 'Raster %1 × %2: %3',
    'Start this sweep?': 'Diesen Sweep starten?',
    'This sweep is large:\n%1\n\nStart it?': 'Dieser Sweep ist groß:\n%1\n\nStarten?',
    'Sweep…': 'Sweep …',
    'Run these inputs several times, varying one or two of them, into a compare grid': 'Diese Eingaben mehrmals ausführen, mit einer oder zwei davon variiert, in ein Vergleichsraster',
    "Inputs of the sweep's run loaded into the form": 'Eingaben des Laufs aus dem Sweep ins Formular geladen',
    'S&weep…': 'S&weep …',
    # --- storyboards (storyboard::, cli::StoryboardCommand) ---
    "Write the stitched file here (default: the project's last one, else next to the project, named after it).":
        'Die zusammengefügte Datei hierhin schreiben (Vorgabe: die letzte des Projekts, sonst neben dem Projekt, nach ihm benannt).',
    '%1 is not a usable storyboard:\n%2':
        '%1 ist kein brauchbares Storyboard:\n%2',
    '--out: the stitched file cannot replace the project file.':
        '--out: Die zusammengefügte Datei kann die Projektdatei nicht ersetzen.',
    '--rerun: expected a transition from 1 to %1, got "%2"':
        '--rerun: erwartet wurde ein Übergang von 1 bis %1, erhalten: „%2“',
    'Interrupted: canceling first (press Ctrl+C again to quit at once)...':
        'Unterbrochen: zuerst wird abgebrochen (Strg+C noch einmal beendet sofort)…',
    'Not stitched: not every transition has a video. Run the storyboard again to retry only those.':
        'Nicht zusammengefügt: Nicht jeder Übergang hat ein Video. Das Storyboard erneut ausführen, um nur diese zu wiederholen.',
    'Print the transitions, what would run and the estimate; run nothing.':
        'Die Übergänge, was laufen würde, und die Schätzung ausgeben; nichts ausführen.',
    'Run these transitions again even though nothing changed (1 is the first; several: 1,3).':
        'Diese Übergänge erneut ausführen, auch wenn sich nichts geändert hat (1 ist der erste; mehrere: 1,3).',
    'Runs a storyboard project: one prediction per transition that needs it (never run, changed, or its video gone), then stitches every part into one file with the crossfades the project asks for. What ran is written back into the project, so the next call runs only what changed.':
        'Führt ein Storyboard-Projekt aus: eine Vorhersage je Übergang, der sie braucht (nie gelaufen, geändert oder sein Video fehlt), und fügt dann alle Teile mit den Überblendungen des Projekts zu einer Datei zusammen. Was lief, wird ins Projekt zurückgeschrieben, sodass der nächste Aufruf nur Geändertes ausführt.',
    'See: sdanim storyboard --help':
        'Siehe: sdanim storyboard --help',
    'Stitched file: %1':
        'Zusammengefügte Datei: %1',
    'Storyboard: %1':
        'Storyboard: %1',
    'The storyboard project (JSON).':
        'Das Storyboard-Projekt (JSON).',
    'Unexpected argument "%1". See: sdanim storyboard --help':
        'Unerwartetes Argument „%1“. Siehe: sdanim storyboard --help',
    'Which storyboard? Give its project file: sdanim storyboard FILE.json':
        'Welches Storyboard? Seine Projektdatei angeben: sdanim storyboard DATEI.json',
    '[%1/%2] did not succeed':
        '[%1/%2] nicht erfolgreich',
    '[%1/%2] done: %3':
        '[%1/%2] fertig: %3',
    '[%1/%2] prediction %3 created':
        '[%1/%2] Vorhersage %3 erstellt',
    'kept (%1)':
        'behalten (%1)',
    'runs':
        'läuft',
    'to run now: %1':
        'jetzt auszuführen: %1',
    'to run now: nothing (every transition is up to date)':
        'jetzt auszuführen: nichts (jeder Übergang ist aktuell)',
    'transition %1':
        'Übergang %1',
    'whole storyboard: %1':
        'ganzes Storyboard: %1',
    'Transition %1: %2':
        'Übergang %1: %2',
    'Transition %1: not run':
        'Übergang %1: nicht ausgeführt',
    'its video was not saved':
        'sein Video wurde nicht gespeichert',
    'Stitching canceled.':
        'Zusammenfügen abgebrochen.',
    'The storyboard has no frame size.':
        'Das Storyboard hat keine Bildgröße.',
    'There is nothing to stitch.':
        'Es gibt nichts zusammenzufügen.',
    'Transition %1 has more than %2 frames, more than a storyboard part can have.':
        'Übergang %1 hat mehr als %2 Bilder, mehr als ein Storyboard-Teil haben kann.',
    'Transition %1 has no video to stitch (%2).':
        'Übergang %1 hat kein Video zum Zusammenfügen (%2).',
    'it has not run':
        'er ist nicht gelaufen',
    '"output_format" must be "gif" or "mp4", not "%1".':
        '„output_format“ muss „gif“ oder „mp4“ sein, nicht „%1“.',
    '"prompts" must be a list of texts.':
        '„prompts“ muss eine Liste von Texten sein.',
    '"seed" must be a whole number from 0 to 4294967295 (every transition shares it).':
        '„seed“ muss eine ganze Zahl von 0 bis 4294967295 sein (alle Übergänge teilen ihn).',
    '"transitions" must be a list of objects, one per pair of prompts.':
        '„transitions“ muss eine Liste von Objekten sein, eines je Prompt-Paar.',
    '%1 cannot be opened: %2':
        '%1 kann nicht geöffnet werden: %2',
    '%1 cannot be written: %2':
        '%1 kann nicht geschrieben werden: %2',
    '%1 is larger than %2 KB; a storyboard project is much smaller.':
        '%1 ist größer als %2 KB; ein Storyboard-Projekt ist viel kleiner.',
    '%1 is not a storyboard project: it must hold one JSON object.':
        '%1 ist kein Storyboard-Projekt: Es muss ein JSON-Objekt enthalten.',
    '%1 is not valid JSON: %2 at character %3.':
        '%1 ist kein gültiges JSON: %2 bei Zeichen %3.',
    '%1 must be an object.':
        '%1 muss ein Objekt sein.',
    '%1 prompts need %2 transitions, the file has %3.':
        '%1 Prompts brauchen %2 Übergänge, die Datei hat %3.',
    '%1: "%2" must be a number.':
        '%1: „%2“ muss eine Zahl sein.',
    '%1: "%2" must be a whole number.':
        '%1: „%2“ muss eine ganze Zahl sein.',
    'A storyboard has at most %1 prompts.':
        'Ein Storyboard hat höchstens %1 Prompts.',
    'A storyboard needs at least two prompts.':
        'Ein Storyboard braucht mindestens zwei Prompts.',
    'Prompt %1 is longer than %2 characters.':
        'Prompt %1 ist länger als %2 Zeichen.',
    'Prompt %1: a storyboard prompt cannot contain "|" (the model would read it as several prompts).':
        'Prompt %1: Ein Storyboard-Prompt darf kein „|“ enthalten (das Modell läse es als mehrere Prompts).',
    'Storyboard':
        'Storyboard',
    'The storyboard has no valid "version" (a whole number, %1 for this app).':
        'Das Storyboard hat keine gültige „version“ (eine ganze Zahl, %1 für diese App).',
    'The storyboard is of version %1, made by a newer SD Animator; this one reads version %2.':
        'Das Storyboard hat Version %1, von einem neueren SD Animator erstellt; dieser liest Version %2.',
    'This is not a storyboard project: "format" must be "%1".':
        'Dies ist kein Storyboard-Projekt: „format“ muss „%1“ sein.',
    'Transition %1 (prompt %1 → %2)':
        'Übergang %1 (Prompt %1 → %2)',
    'Transition %1':
        'Übergang %1',
    'a crossfade of %1 frames is longer than the transitions beside it allow (at most %2).':
        'eine Überblendung von %1 Bildern ist länger, als die Übergänge daneben erlauben (höchstens %2).',
    'the crossfade cannot be negative.':
        'die Überblendung kann nicht negativ sein.',
    '#%1 "%2" → "%3": %n frame(s) from frame %4':
        ['#%1 „%2“ → „%3“: %n Bild ab Bild %4', '#%1 „%2“ → „%3“: %n Bilder ab Bild %4'],
    ', crossfade of %n frame(s) into the next':
        [', Überblendung von %n Bild in den nächsten', ', Überblendung von %n Bildern in den nächsten'],
    'Stitching %n frame(s)...':
        ['%n Bild wird zusammengefügt…', '%n Bilder werden zusammengefügt…'],
    'Stitched %n frame(s); the transitions start at frames %1.':
        ['%n Bild zusammengefügt; die Übergänge beginnen bei den Bildern %1.', '%n Bilder zusammengefügt; die Übergänge beginnen bei den Bildern %1.'],
    '%n transition(s)':
        ['%n Übergang', '%n Übergänge'],
    # --- storyboard editor (ui::StoryboardDialog, ui::StoryboardTimeline) ---
    'Running %n transition(s)…':
        ['%n Übergang läuft…', '%n Übergänge laufen…'],
    'Stitched %n frame(s) into %1':
        ['%n Bild in %1 zusammengefügt', '%n Bilder in %1 zusammengefügt'],
    'Stitching %n frame(s)…':
        ['%n Bild wird zusammengefügt…', '%n Bilder werden zusammengefügt…'],
    'Storyboard stitched into %1':
        'Storyboard zusammengefügt in %1',
    "num_interpolation_steps: FILM's in-between frames":
        'num_interpolation_steps: die Zwischenbilder von FILM',
    'Add prompt':
        'Prompt hinzufügen',
    'Crossfade':
        'Überblendung',
    'Every transition is up to date; stitching again.':
        'Jeder Übergang ist aktuell; es wird erneut zusammengefügt.',
    'Format':
        'Format',
    'Frames blended into the next transition (0: a plain cut)':
        'Bilder, die in den nächsten Übergang überblendet werden (0: ein harter Schnitt)',
    'Frames':
        'Bilder',
    'Interpolation':
        'Interpolation',
    'Length':
        'Länge',
    'No backend is ready; check the settings.':
        'Kein Backend ist bereit; bitte die Einstellungen prüfen.',
    'One long animation from several runs: each transition between two neighbouring prompts is its own prediction with its own length, and the parts are stitched into one file, with a crossfade where a boundary would jump. Re-running one transition keeps the others.':
        'Eine lange Animation aus mehreren Läufen: Jeder Übergang zwischen zwei benachbarten Prompts ist eine eigene Vorhersage mit eigener Länge, und die Teile werden zu einer Datei zusammengefügt, mit einer Überblendung, wo eine Grenze springen würde. Ein erneuter Lauf eines Übergangs behält die anderen.',
    'Open storyboard':
        'Storyboard öffnen',
    'Opened %1':
        '%1 geöffnet',
    'Open…':
        'Öffnen…',
    'Prompts, in order':
        'Prompts, in Reihenfolge',
    'Re-run selected':
        'Ausgewählten erneut ausführen',
    'Remove prompt':
        'Prompt entfernen',
    'Runs the selected transition again (a new prediction) and stitches again; the others are kept':
        'Führt den ausgewählten Übergang erneut aus (eine neue Vorhersage) und fügt neu zusammen; die anderen bleiben',
    'Runs the transitions that never ran or changed, then stitches the file':
        'Führt die Übergänge aus, die nie liefen oder sich geändert haben, und fügt dann die Datei zusammen',
    'Save storyboard':
        'Storyboard speichern',
    'Save…':
        'Speichern…',
    'Shared by every transition':
        'Gemeinsam für alle Übergänge',
    'Size':
        'Größe',
    'Storyboard projects (*.json)':
        'Storyboard-Projekte (*.json)',
    'Storyboard — %1':
        'Storyboard — %1',
    'Strength':
        'Stärke',
    'Transitions':
        'Übergänge',
    'Video frames this transition makes (spec §9.4)':
        'Videobilder, die dieser Übergang erzeugt (Spezifikation §9.4)',
    'a lighthouse at dusk':
        'ein Leuchtturm in der Abenddämmerung',
    'a storm over the sea':
        'ein Sturm über dem Meer',
    'done':
        'fertig',
    'failed':
        'fehlgeschlagen',
    'kept':
        'behalten',
    'num_animation_frames: frames rendered between the two prompts':
        'num_animation_frames: zwischen den beiden Prompts berechnete Bilder',
    'running…':
        'läuft…',
    'to run':
        'auszuführen',
    'waiting':
        'wartet',
    'No stitched file yet':
        'Noch keine zusammengefügte Datei',
    'Where each transition starts in the stitched file; shaded: frames blended into the next':
        'Wo jeder Übergang in der zusammengefügten Datei beginnt; schraffiert: in den nächsten überblendete Bilder',
    # --- deployments (issue 11) ---
    "Deployments are listed with your Replicate API token; set one first.": "Deployments werden mit Ihrem Replicate-API-token aufgelistet; legen Sie zuerst einen fest.",
    "%1 did not accept the API token (HTTP 401), so the deployments cannot be listed.": "%1 hat den API-token nicht angenommen (HTTP 401), daher können die Deployments nicht aufgelistet werden.",
    "Could not reach %1 to list the deployments (%2).": "%1 war nicht erreichbar, um die Deployments aufzulisten (%2).",
    "%1 answered, but not with a list of deployments; check the API base URL.": "%1 hat geantwortet, aber nicht mit einer Liste von Deployments; prüfen Sie die API-Basis-URL.",
    "The next page of deployments is not on %1; it was not fetched.": "Die nächste Seite der Deployments liegt nicht auf %1; sie wurde nicht abgerufen.",
    "Replicate deployment %1 (%2)": "Replicate-Deployment %1 (%2)",
    "Create the predictions on this Replicate deployment (owner/name) instead of the model version; \"\" for the model version (cloud backend only).": "Die Vorhersagen auf diesem Replicate-Deployment (owner/name) statt auf der Modellversion anlegen; \"\" für die Modellversion (nur Cloud-backend).",
    "--deployment: expected owner/name in lowercase letters, digits, '-', '_' and '.', got \"%1\"": "--deployment: erwartet owner/name aus Kleinbuchstaben, Ziffern, '-', '_' und '.', erhalten: \"%1\"",
    "--deployment %1 needs the Replicate backend (an API token, or --backend cloud with --base-url); %2 has no deployments.": "--deployment %1 braucht das Replicate-backend (einen API-token oder --backend cloud mit --base-url); %2 hat keine Deployments.",
    "The model version (default)": "Die Modellversion (Standard)",
    "A deployment of my account:": "Ein Deployment meines Kontos:",
    "Creates go to the deployment's own instances (POST /v1/deployments/…/predictions); the rest of the run is the same.": "Neue Läufe gehen an die eigenen Instanzen des Deployments (POST /v1/deployments/…/predictions); der Rest des Laufs ist gleich.",
    "Deployment": "Deployment",
    "Hardware": "Hardware",
    "Min instances": "Min. Instanzen",
    "Max instances": "Max. Instanzen",
    "List the account's deployments again": "Die Deployments des Kontos erneut auflisten",
    "Pick one of the deployments in the list, or run on the model version.": "Wählen Sie eines der Deployments in der Liste, oder führen Sie auf der Modellversion aus.",
    "Fetching the account's deployments…": "Die Deployments des Kontos werden abgerufen…",
    "%1, version %2 (release %3)": "%1, Version %2 (Release %3)",
    "This account has no deployments; create one on replicate.com/deployments.": "Dieses Konto hat keine Deployments; legen Sie eines auf replicate.com/deployments an.",
    "%1 is not among the account's deployments.": "%1 ist nicht unter den Deployments des Kontos.",
    "%n deployment(s) on this account.": ["%n Deployment auf diesem Konto.", "%n Deployments auf diesem Konto."],
    "Backend:": "Backend:",
    "Deployments are on the Replicate cloud: choose it as the backend (with a token) to list and use them.": "Deployments gibt es in der Replicate-Cloud: wählen Sie sie als backend (mit token), um sie aufzulisten und zu nutzen.",
    "Usage: sdanim [COMMAND [OPTIONS]]\n\nSD Animator makes animations with the Replicate model %1.\nWithout a command, the desktop app (GUI) opens.\n\nCommands (headless, no window):\n  run        run one prediction and print the output file paths\n  plan       show what the model will make of the input, and its time and cost; runs nothing\n  sweep      run a grid of predictions over one or two varied inputs and print a table of results\n  queue      the persistent queue: add jobs, run them N at once with a budget, pause, reorder, remove\n  storyboard run a storyboard project (one prediction per transition) and stitch it into one file\n  export     re-export a saved output locally (format, fps, trim, scale, loop, ping-pong, interpolation)\n  history    list past predictions; --import fetches them, --resume follows unfinished ones\n  presets    list, show, save, delete, import and export presets\n  deployments list the Replicate account's deployments (for run --deployment owner/name)\n\nRun \"sdanim COMMAND --help\" for the options of a command.\n\nOptions:\n  -h, --help     show this help and exit\n  -v, --version  show the version and exit\n  --verbose      print the debug log (each HTTP request, with the token masked) on stderr;\n                 for the app and for every command (also after it: sdanim run --verbose)":
        "Aufruf: sdanim [BEFEHL [OPTIONEN]]\n\nSD Animator erstellt Animationen mit dem Replicate-Modell %1.\nOhne Befehl öffnet sich die Desktop-App (GUI).\n\nBefehle (ohne Fenster):\n  run        eine Vorhersage ausführen und die Pfade der Ausgabedateien ausgeben\n  plan       zeigen, was das Modell aus der Eingabe macht, samt Dauer und Kosten; führt nichts aus\n  sweep      ein Raster von Vorhersagen über ein oder zwei variierte Eingaben ausführen und eine Ergebnistabelle ausgeben\n  queue      die dauerhafte Warteschlange: Aufträge hinzufügen, N gleichzeitig mit Budget ausführen, anhalten, umordnen, entfernen\n  storyboard ein Storyboard-Projekt ausführen (eine Vorhersage je Übergang) und zu einer Datei zusammenfügen\n  export     eine gespeicherte Ausgabe lokal neu exportieren (Format, fps, Zuschnitt, Größe, Schleife, Ping-Pong, Interpolation)\n  history    frühere Vorhersagen auflisten; --import holt sie ab, --resume verfolgt unfertige weiter\n  presets    Voreinstellungen auflisten, anzeigen, speichern, löschen, importieren und exportieren\n  deployments die Deployments des Replicate-Kontos auflisten (für run --deployment owner/name)\n\n„sdanim BEFEHL --help“ zeigt die Optionen eines Befehls.\n\nOptionen:\n  -h, --help     diese Hilfe anzeigen und beenden\n  -v, --version  die Version anzeigen und beenden\n  --verbose      das Debug-Protokoll (jede HTTP-Anfrage, mit maskiertem Token) auf stderr ausgeben;\n                 für die App und für jeden Befehl (auch danach: sdanim run --verbose)",
    "Lists the Replicate account's deployments, for sdanim run --deployment owner/name.":
        "Listet die Deployments des Replicate-Kontos auf, für sdanim run --deployment owner/name.",
    "Print the deployments as JSON.":
        "Die Deployments als JSON ausgeben.",
    "See: sdanim deployments --help":
        "Siehe: sdanim deployments --help",
    "Unexpected argument \"%1\". See: sdanim deployments --help":
        "Unerwartetes Argument „%1“. Siehe: sdanim deployments --help",
    "DEPLOYMENT":
        "DEPLOYMENT",
    "HARDWARE":
        "HARDWARE",
    "MIN":
        "MIN",
    "MAX":
        "MAX",
    "VERSION":
        "VERSION",
    # --- the persistent queue (queue::, cli::QueueCommand) ---
    'Usage: sdanim [COMMAND [OPTIONS]]\n\nSD Animator makes animations with the Replicate model %1.\nWithout a command, the desktop app (GUI) opens.\n\nCommands (headless, no window):\n  run        run one prediction and print the output file paths\n  plan       show what the model will make of the input, and its time and cost; runs nothing\n  sweep      run a grid of predictions over one or two varied inputs and print a table of results\n  queue      the persistent queue: add jobs, run them N at once with a budget, pause, reorder, remove\n  storyboard run a storyboard project (one prediction per transition) and stitch it into one file\n  export     re-export a saved output locally (format, fps, trim, scale, loop, ping-pong, interpolation)\n  history    list past predictions; --import fetches them, --resume follows unfinished ones\n  presets    list, show, save, delete, import and export presets\n  deployments list the Replicate account\'s deployments (for run --deployment owner/name)\n\nRun "sdanim COMMAND --help" for the options of a command.\n\nOptions:\n  -h, --help     show this help and exit\n  -v, --version  show the version and exit\n  --verbose      print the debug log (each HTTP request, with the token masked) on stderr;\n                 for the app and for every command (also after it: sdanim run --verbose)':
        'Aufruf: sdanim [BEFEHL [OPTIONEN]]\n\nSD Animator erstellt Animationen mit dem Replicate-Modell %1.\nOhne Befehl öffnet sich die Desktop-App (GUI).\n\nBefehle (ohne Fenster):\n  run        eine Vorhersage ausführen und die Pfade der Ausgabedateien ausgeben\n  plan       zeigen, was das Modell aus der Eingabe macht, samt Dauer und Kosten; führt nichts aus\n  sweep      ein Raster von Vorhersagen über ein oder zwei variierte Eingaben ausführen und eine Ergebnistabelle ausgeben\n  queue      die dauerhafte Warteschlange: Aufträge hinzufügen, N gleichzeitig mit Budget ausführen, pausieren, umordnen, entfernen\n  storyboard ein Storyboard-Projekt ausführen (eine Vorhersage je Übergang) und zu einer Datei zusammenfügen\n  export     eine gespeicherte Ausgabe lokal neu exportieren (Format, fps, Zuschnitt, Größe, Schleife, Ping-Pong, Interpolation)\n  history    frühere Vorhersagen auflisten; --import holt sie ab, --resume verfolgt unfertige weiter\n  presets    Voreinstellungen auflisten, anzeigen, speichern, löschen, importieren und exportieren\n  deployments die Deployments des Replicate-Kontos auflisten (für run --deployment owner/name)\n\n„sdanim BEFEHL --help“ zeigt die Optionen eines Befehls.\n\nOptionen:\n  -h, --help     diese Hilfe anzeigen und beenden\n  -v, --version  die Version anzeigen und beenden\n  --verbose      das Debug-Protokoll (jede HTTP-Anfrage, mit maskiertem Token) auf stderr ausgeben;\n                 für die App und für jeden Befehl (auch danach: sdanim run --verbose)',
    'Usage: sdanim queue ACTION [OPTIONS]\n\nThe persistent queue: jobs wait in line, run at most N at once per backend, and survive restarts\n(a job that was created on the server is followed again, never created twice).\n\nActions:\n  add [run options] [--repeat N]   queue the input `sdanim run` would run (N times, each with its own seed\n                                    unless --seed is given)\n  list [--json]                    the jobs in line order, with state, estimate and cost\n  run [--concurrency N] [--budget USD|none] [--daily-budget USD|none]\n                                   run the queued jobs of the chosen backend until nothing more can start;\n                                    the limits are kept for the next runs\n  pause [ID]                       start no more jobs (or hold back job ID); running ones finish\n  resume [ID]                      start jobs again (or put job ID back in line)\n  move ID POS                      put waiting job ID at place POS of the line (1 = next)\n  remove ID                        take a waiting job out, or cancel a running one\n  clear [--all]                    delete the finished jobs (with --all the waiting ones too)\n\nRun "sdanim queue ACTION --help" for the options of an action.':
        'Aufruf: sdanim queue AKTION [OPTIONEN]\n\nDie dauerhafte Warteschlange: Aufträge warten der Reihe nach, laufen höchstens N gleichzeitig je Backend und überstehen Neustarts\n(ein Auftrag, der auf dem Server angelegt wurde, wird weiter verfolgt, nie zweimal angelegt).\n\nAktionen:\n  add [Lauf-Optionen] [--repeat N] die Eingabe einreihen, die `sdanim run` ausführen würde (N-mal, jede mit eigenem Seed,\n                                    außer mit --seed)\n  list [--json]                    die Aufträge in Reihenfolge, mit Zustand, Schätzung und Kosten\n  run [--concurrency N] [--budget USD|none] [--daily-budget USD|none]\n                                   die eingereihten Aufträge des gewählten Backends ausführen, bis keiner mehr starten kann;\n                                    die Grenzen gelten auch für spätere Läufe\n  pause [ID]                       keine Aufträge mehr starten (oder Auftrag ID zurückhalten); laufende werden fertig\n  resume [ID]                      wieder Aufträge starten (oder Auftrag ID wieder einreihen)\n  move ID POS                      wartenden Auftrag ID an Platz POS der Reihe setzen (1 = als Nächstes)\n  remove ID                        einen wartenden Auftrag herausnehmen oder einen laufenden abbrechen\n  clear [--all]                    die beendeten Aufträge löschen (mit --all auch die wartenden)\n\n„sdanim queue AKTION --help“ zeigt die Optionen einer Aktion.',
    '--%1: expected an amount of US dollars of 0 or more, or none, got "%2"':
        '--%1: erwartet wird ein Betrag in US-Dollar ab 0 oder none, erhalten: „%2“',
    'Unknown queue action "%1".':
        'Unbekannte Aktion der Warteschlange „%1“.',
    'Queues the input the options give (every option of sdanim run).':
        'Reiht die Eingabe ein, die die Optionen ergeben (jede Option von sdanim run).',
    'Queue it this many times (1 to %1; default 1).':
        'So oft einreihen (1 bis %1; Standard 1).',
    'Print the queued jobs as JSON.':
        'Die eingereihten Aufträge als JSON ausgeben.',
    'Print the queue as JSON.':
        'Die Warteschlange als JSON ausgeben.',
    'Delete the waiting jobs too.':
        'Auch die wartenden Aufträge löschen.',
    'Runs the queued jobs of the chosen backend until nothing more can start.':
        'Führt die eingereihten Aufträge des gewählten Backends aus, bis keiner mehr starten kann.',
    'Run at most this many jobs of this backend at once (1 to %1; kept for later runs).':
        'Höchstens so viele Aufträge dieses Backends gleichzeitig ausführen (1 bis %1; gilt auch für spätere Läufe).',
    "Start no job once what the queue's jobs cost plus the estimates of the running ones and the next one would exceed this many US dollars (kept; none removes it).":
        'Keinen Auftrag mehr starten, sobald die Kosten der Aufträge der Warteschlange plus die Schätzungen der laufenden und des nächsten so viele US-Dollar überschreiten würden (bleibt gespeichert; none entfernt es).',
    'The same for every run the history recorded today (UTC), from the queue or not (kept; none removes it).':
        'Dasselbe für jeden Lauf, den der Verlauf heute (UTC) aufgezeichnet hat, aus der Warteschlange oder nicht (bleibt gespeichert; none entfernt es).',
    'See: sdanim queue %1 --help':
        'Siehe: sdanim queue %1 --help',
    'Unexpected argument "%1". See: sdanim queue add --help':
        'Unerwartetes Argument „%1“. Siehe: sdanim queue add --help',
    'Unexpected argument "%1". See: sdanim queue list --help':
        'Unerwartetes Argument „%1“. Siehe: sdanim queue list --help',
    'Unexpected argument "%1". See: sdanim queue run --help':
        'Unerwartetes Argument „%1“. Siehe: sdanim queue run --help',
    '--repeat: expected a whole number from 1 to %1, got "%2"':
        '--repeat: erwartet wird eine ganze Zahl von 1 bis %1, erhalten: „%2“',
    'The queue could not be written.':
        'Die Warteschlange konnte nicht geschrieben werden.',
    'Queued job %1 (estimated %2)':
        'Auftrag %1 eingereiht (geschätzt %2)',
    'Queue: paused (sdanim queue resume starts it again)':
        'Warteschlange: pausiert (sdanim queue resume startet sie wieder)',
    'Queue: active':
        'Warteschlange: aktiv',
    'Spent: %1 (today %2)':
        'Ausgegeben: %1 (heute %2)',
    'Budget: %1':
        'Budget: %1',
    'Daily budget: %1':
        'Tagesbudget: %1',
    'The queue is empty (sdanim queue add queues a job).':
        'Die Warteschlange ist leer (sdanim queue add reiht einen Auftrag ein).',
    'ID':
        'ID',
    'PLACE':
        'PLATZ',
    'STATE':
        'ZUSTAND',
    'ESTIMATE':
        'SCHÄTZUNG',
    'COST':
        'KOSTEN',
    'PREDICTION':
        'VORHERSAGE',
    'DETAIL':
        'DETAIL',
    'Usage: sdanim queue move ID POS':
        'Aufruf: sdanim queue move ID POS',
    'Usage: sdanim queue remove ID':
        'Aufruf: sdanim queue remove ID',
    'Usage: sdanim queue clear [--all]':
        'Aufruf: sdanim queue clear [--all]',
    'Usage: sdanim queue %1 [ID]':
        'Aufruf: sdanim queue %1 [ID]',
    'Expected a job id (see: sdanim queue list), got "%1"':
        'Erwartet wird eine Auftrags-ID (siehe: sdanim queue list), erhalten: „%1“',
    'Expected a place in line of 1 or more, got "%1"':
        'Erwartet wird ein Platz in der Reihe ab 1, erhalten: „%1“',
    'Job %1 is held back.':
        'Auftrag %1 wird zurückgehalten.',
    'Job %1 is back in line.':
        'Auftrag %1 ist wieder eingereiht.',
    'The queue is paused: no job starts; running ones finish.':
        'Die Warteschlange ist pausiert: kein Auftrag startet; laufende werden fertig.',
    'The queue runs again.':
        'Die Warteschlange läuft wieder.',
    'Job %1 is now at place %2.':
        'Auftrag %1 steht jetzt auf Platz %2.',
    'Job %1 is being canceled.':
        'Auftrag %1 wird abgebrochen.',
    'Job %1 was removed.':
        'Auftrag %1 wurde entfernt.',
    '%n job(s) deleted.':
        ['%n Auftrag gelöscht.', '%n Aufträge gelöscht.'],
    'Another process (pid %1) is running the queue already.':
        'Ein anderer Prozess (PID %1) führt die Warteschlange bereits aus.',
    'Queue runner for %1: at most %2 at once':
        'Warteschlange für %1: höchstens %2 gleichzeitig',
    ', budget %1':
        ', Budget %1',
    ', daily budget %1':
        ', Tagesbudget %1',
    ' (paused: sdanim queue resume starts it)':
        ' (pausiert: sdanim queue resume startet sie)',
    '[job %1] started':
        '[Auftrag %1] gestartet',
    '[job %1] prediction %2 created':
        '[Auftrag %1] Vorhersage %2 angelegt',
    '[job %1] %2':
        '[Auftrag %1] %2',
    '[job %1] following prediction %2 again':
        '[Auftrag %1] Vorhersage %2 wird weiter verfolgt',
    'Warning: the queue could not be written: %1':
        'Warnung: Die Warteschlange konnte nicht geschrieben werden: %1',
    'Queue: %1 done, %2 failed, %3 canceled in this run; %4 waiting, %5 held back.':
        'Warteschlange: %1 fertig, %2 fehlgeschlagen, %3 abgebrochen in diesem Lauf; %4 wartend, %5 zurückgehalten.',
    'The queue is paused (sdanim queue resume).':
        'Die Warteschlange ist pausiert (sdanim queue resume).',
    'Interrupted: %n running job(s) go on; the next sdanim queue run follows them.':
        ['Unterbrochen: %n laufender Auftrag geht weiter; das nächste sdanim queue run verfolgt ihn.', 'Unterbrochen: %n laufende Aufträge gehen weiter; das nächste sdanim queue run verfolgt sie.'],
    'Daily budget of %1 reached: spent %2 today, next job estimated %3':
        'Tagesbudget von %1 erreicht: heute %2 ausgegeben, nächster Auftrag geschätzt %3',
    'Budget of %1 reached: spent %2, next job estimated %3':
        'Budget von %1 erreicht: %2 ausgegeben, nächster Auftrag geschätzt %3',
    'The queue stopped before the server confirmed this prediction. If it was created anyway, `sdanim history --import` brings it back.':
        'Die Warteschlange hielt an, bevor der Server diese Vorhersage bestätigte. Falls sie trotzdem angelegt wurde, holt `sdanim history --import` sie zurück.',
    'The server that ran this prediction stopped with the queue; the job runs again.':
        'Der Server, der diese Vorhersage ausführte, endete mit der Warteschlange; der Auftrag läuft erneut.',
    '%1 Nothing was created: it is sent again in %n s.':
        ['%1 Es wurde nichts angelegt: der Auftrag wird in %n s erneut gesendet.', '%1 Es wurde nichts angelegt: der Auftrag wird in %n s erneut gesendet.'],
    'Rate limited (429): waits %n s before it is sent again.':
        ['Anfragelimit erreicht (429): wartet %n s, bevor er erneut gesendet wird.', 'Anfragelimit erreicht (429): wartet %n s, bevor er erneut gesendet wird.'],
    'queued':
        'eingereiht',
    'paused':
        'pausiert',
    'removed':
        'entfernt',
    'No job %1 in the queue.':
        'Kein Auftrag %1 in der Warteschlange.',
    'Job %1 is not waiting in the queue (only queued or paused jobs move).':
        'Auftrag %1 wartet nicht in der Warteschlange (nur eingereihte oder pausierte Aufträge lassen sich verschieben).',
    'Job %1 is not in the queue or has already finished.':
        'Auftrag %1 ist nicht in der Warteschlange oder schon beendet.',
    'Job %1 is not queued, so it cannot be paused.':
        'Auftrag %1 ist nicht eingereiht und kann daher nicht pausiert werden.',
    'Job %1 is not paused.':
        'Auftrag %1 ist nicht pausiert.',
    # --- storyboards: part length ---
    'it makes %1 frames; a storyboard transition can have at most %2 (fewer frames or interpolation steps).':
        'er erzeugt %1 Bilder; ein Storyboard-Übergang kann höchstens %2 haben (weniger Bilder oder Interpolationsschritte).',
    # --- local re-export (exports::, sdanim export, ui::ExportDialog) -------------------------
    "Frames per second. Alone it re-times the same frames; with --interpolate new frames are made (default then: twice the source's).":
        "Bilder pro Sekunde. Allein spielt es dieselben Bilder schneller oder langsamer ab; mit --interpolate werden neue Bilder erzeugt (Standard dann: doppelt so viele wie die Quelle).",
    "Interpolation needs a higher frame rate than the source's %1 fps.":
        "Die Interpolation braucht eine höhere Bildrate als die %1 fps der Quelle.",
    " fps": " fps",
    "%1 files (*%2)": "%1-Dateien (*%2)",
    "%1 has more than %2 frames.": "%1 hat mehr als %2 Bilder.",
    "%1 has no frames.": "%1 hat keine Bilder.",
    "%1 is a folder.": "%1 ist ein Ordner.",
    "%1: no such file.": "%1: keine solche Datei.",
    "&Format:": "&Format:",
    "&Interpolation:": "&Interpolation:",
    "&Plays:": "&Wiedergaben:",
    "&Save to:": "&Speichern unter:",
    "&Scale:": "Ska&lierung:",
    "&Trim:": "&Zuschnitt:",
    "--format: expected gif, mp4, webm, apng or png, got \"%1\"": "--format: gif, mp4, webm, apng oder png erwartet, „%1“ erhalten",
    "--fps: expected a number from 1 to %1, got \"%2\"": "--fps: eine Zahl von 1 bis %1 erwartet, „%2“ erhalten",
    "--interpolate: expected mci or blend, got \"%1\"": "--interpolate: mci oder blend erwartet, „%1“ erhalten",
    "--loop: expected how many times it plays, 0 (forever) to %1, got \"%2\"":
        "--loop: erwartet, wie oft es abgespielt wird, 0 (endlos) bis %1, „%2“ erhalten",
    "--out PATH is required. See: sdanim export --help": "--out PFAD ist nötig. Siehe: sdanim export --help",
    "--out must not be the input file.": "--out darf nicht die Eingabedatei sein.",
    "--out: cannot tell the format from \"%1\"; give --format gif, mp4, webm, apng or png":
        "--out: das Format ist an „%1“ nicht zu erkennen; --format gif, mp4, webm, apng oder png angeben",
    "--quality: expected fast or high, got \"%1\"": "--quality: fast oder high erwartet, „%1“ erhalten",
    "--scale: expected a factor from %1 to %2, got \"%3\"": "--scale: einen Faktor von %1 bis %2 erwartet, „%3“ erhalten",
    "--trim: expected A:B with 0 <= A < B (frames A to B-1; A: or :B for open ends), got \"%1\"":
        "--trim: A:B mit 0 <= A < B erwartet (Bilder A bis B-1; A: oder :B für offene Enden), „%1“ erhalten",
    "A frame of %1×%2 pixels is outside the limit of %3 per side.": "Ein Bild von %1×%2 Pixeln überschreitet die Grenze von %3 je Seite.",
    "A video has no loop count: it holds the frames this many times": "Ein Video hat keine Wiederholungszahl: es enthält die Bilder so oft",
    "APNG": "APNG",
    "Append a reversed copy without repeating the end frames.": "Eine umgekehrte Kopie anhängen, ohne die Endbilder zu wiederholen.",
    "Blend (framerate)": "Überblenden (framerate)",
    "Cancel export": "Export abbrechen",
    "Cannot configure the output stream": "Der Ausgabestrom kann nicht eingerichtet werden",
    "Cannot create %1": "%1 kann nicht angelegt werden",
    "Cannot finish the file": "Die Datei kann nicht abgeschlossen werden",
    "Cannot open the %1 encoder": "Der Encoder %1 kann nicht geöffnet werden",
    "Cannot set up the %1 muxer": "Der Muxer %1 kann nicht eingerichtet werden",
    "Cannot write the file header": "Der Dateikopf kann nicht geschrieben werden",
    "Cannot write the file": "Die Datei kann nicht geschrieben werden",
    "Choose where to save the export.": "Wählen Sie, wo der Export gespeichert wird.",
    "Do not record the export in the history.": "Den Export nicht im Verlauf festhalten.",
    "Encoding failed": "Kodieren fehlgeschlagen",
    "Export %1": "%1 exportieren",
    "Export canceled; nothing was written.": "Export abgebrochen; nichts wurde geschrieben.",
    "Export to": "Exportieren nach",
    "Export": "Exportieren",
    "Exported to %1": "Exportiert nach %1",
    "Exporting: %1% (%2 of %3 frames)": "Export: %1 % (%2 von %3 Bildern)",
    "Exporting…": "Exportiere …",
    "Export…": "Exportieren …",
    "Fast": "Schnell",
    "Filtering failed": "Filtern fehlgeschlagen",
    "Filtering failed: %1": "Filtern fehlgeschlagen: %1",
    "Folder for the PNG frames": "Ordner für die PNG-Bilder",
    "Frame &rate:": "Bild&rate:",
    "GIF": "GIF",
    "High (slower)": "Hoch (langsamer)",
    "How many times it plays: 0 = forever (GIF, APNG; default). Videos hold N copies.":
        "Wie oft es abgespielt wird: 0 = endlos (GIF, APNG; Standard). Videos enthalten N Kopien.",
    "Interpolation quality: fast (default) or high (mci only, about 3x slower).":
        "Qualität der Interpolation: fast (Standard) oder high (nur mci, etwa 3× langsamer).",
    "Keep source frames A to B-1 (counted from 0).": "Die Quellbilder A bis B-1 behalten (ab 0 gezählt).",
    "MP4 (H.264)": "MP4 (H.264)",
    "Make frames up to --fps: mci (motion-compensated, minterpolate) or blend (framerate).":
        "Bilder bis --fps erzeugen: mci (bewegungskompensiert, minterpolate) oder blend (framerate).",
    "Make the first few frames with these settings, before the whole export":
        "Die ersten Bilder mit diesen Einstellungen erzeugen, vor dem ganzen Export",
    "Making the preview…": "Erzeuge die Vorschau …",
    "Motion-compensated (minterpolate)": "Bewegungskompensiert (minterpolate)",
    "No frame to add.": "Kein Bild zum Hinzufügen.",
    "None": "Keine",
    "Out of memory for the encoder.": "Nicht genug Speicher für den Encoder.",
    "PNG frames (a folder)": "PNG-Bilder (ein Ordner)",
    "Ping-pong holds the clip in memory: %1 frames of %2×%3 exceed %4 MB. Trim or scale it first.":
        "Ping-Pong hält den Clip im Speicher: %1 Bilder von %2×%3 überschreiten %4 MB. Erst zuschneiden oder verkleinern.",
    "Ping-pong needs at least 3 frames.": "Ping-Pong braucht mindestens 3 Bilder.",
    "Ping-pong: add a reversed copy (no repeated end frames)": "Ping-Pong: eine umgekehrte Kopie anhängen (ohne wiederholte Endbilder)",
    "Preview frames": "Bilder vorschauen",
    "Re-export locally: another format, frame rate, trim, size, loop, ping-pong or interpolation (free)":
        "Lokal neu exportieren: anderes Format, Bildrate, Zuschnitt, Größe, Wiederholung, Ping-Pong oder Interpolation (kostenlos)",
    "Re-exports a finished output locally (no new prediction, free): another format, frame rate, trim, scale, loop count, ping-pong or interpolated frames. Recorded in the history as derived from the source.":
        "Exportiert eine fertige Ausgabe lokal neu (keine neue Vorhersage, kostenlos): anderes Format, Bildrate, Zuschnitt, Skalierung, Wiederholungszahl, Ping-Pong oder interpolierte Bilder. Im Verlauf als von der Quelle abgeleitet festgehalten.",
    "Reading %1…": "Lese %1 …",
    "Repeating the clip holds it in memory: %1 frames of %2×%3 exceed the limit of %4 MB. Trim or scale it first.":
        "Das Wiederholen hält den Clip im Speicher: %1 Bilder von %2×%3 überschreiten die Grenze von %4 MB. Erst zuschneiden oder verkleinern.",
    "Scale both sides by F (0.05 to 4).": "Beide Seiten mit F skalieren (0,05 bis 4).",
    "Scaled to %1×%2 the frames would exceed %3 pixels per side.": "Auf %1×%2 skaliert würden die Bilder %3 Pixel je Seite überschreiten.",
    "See: sdanim export --help": "Siehe: sdanim export --help",
    "Source: %1 frames of %2×%3 at %4 fps": "Quelle: %1 Bilder von %2×%3 bei %4 fps",
    "The GIF or video to re-export (any file the app saved).": "Das GIF oder Video zum Neuexport (jede Datei, die die App gespeichert hat).",
    "The export is not in the history: %1": "Der Export steht nicht im Verlauf: %1",
    "The export must not replace its source.": "Der Export darf seine Quelle nicht ersetzen.",
    "The export would have %1 frames, more than the limit of %2.": "Der Export hätte %1 Bilder, mehr als die Grenze von %2.",
    "The file to write (a folder for png).": "Die zu schreibende Datei (ein Ordner für png).",
    "The filter graph \"%1\" cannot be set up: %2": "Der Filtergraph „%1“ kann nicht eingerichtet werden: %2",
    "The folder %1 exists and is not empty.": "Der Ordner %1 existiert und ist nicht leer.",
    "The frame rate must be between 1 and %1 frames per second.": "Die Bildrate muss zwischen 1 und %1 Bildern pro Sekunde liegen.",
    "The frame size %1×%2 is outside 1 to %3 pixels per side.": "Die Bildgröße %1×%2 liegt außerhalb von 1 bis %3 Pixeln je Seite.",
    "The loop count must be between 0 (forever) and %1.": "Die Wiederholungszahl muss zwischen 0 (endlos) und %1 liegen.",
    "The loop count stored in the file": "Die in der Datei gespeicherte Wiederholungszahl",
    "The scale must be between %1 and %2.": "Die Skalierung muss zwischen %1 und %2 liegen.",
    "The trim must end after it starts (A:B keeps frames A to B-1).": "Der Zuschnitt muss nach seinem Anfang enden (A:B behält die Bilder A bis B-1).",
    "The trim must start at frame 0 or later.": "Der Zuschnitt muss bei Bild 0 oder später beginnen.",
    "The trim starts at frame %1, but the source has only %2 frames (0 to %3).":
        "Der Zuschnitt beginnt bei Bild %1, aber die Quelle hat nur %2 Bilder (0 bis %3).",
    "The writer is not open.": "Der Schreiber ist nicht geöffnet.",
    "There are no frames to write.": "Es gibt keine Bilder zu schreiben.",
    "This FFmpeg has no %1 encoder.": "Dieses FFmpeg hat keinen Encoder %1.",
    "Unexpected argument \"%1\". See: sdanim export --help": "Unerwartetes Argument „%1“. Siehe: sdanim export --help",
    "WebM (VP9)": "WebM (VP9)",
    "Which file? sdanim export INPUT --out PATH (see: sdanim export --help)":
        "Welche Datei? sdanim export EINGABE --out PFAD (siehe: sdanim export --help)",
    "Without interpolation a new rate plays the same frames faster or slower; with it, frames are made so the length stays.":
        "Ohne Interpolation spielt eine neue Rate dieselben Bilder schneller oder langsamer ab; mit ihr werden Bilder erzeugt, sodass die Länge bleibt.",
    "as the source": "wie die Quelle",
    "forever": "endlos",
    "from frame": "ab Bild",
    "gif, mp4 (H.264), webm (VP9), apng or png (a folder of frames). Default: from --out.":
        "gif, mp4 (H.264), webm (VP9), apng oder png (ein Ordner mit Bildern). Standard: aus --out.",
    "the end": "das Ende",
    "up to (not including)": "bis (ausschließlich)",
    "×": "×",
    "%1 cannot be opened as an animation or video.": "%1 kann nicht als Animation oder Video geöffnet werden.",
    "%1 has a frame larger than %2 pixels per side.": "%1 hat ein Bild, das größer als %2 Pixel je Seite ist.",
    "The first %n frame(s) as they will be exported.": [
        "Das erste %n Bild, wie es exportiert wird.", "Die ersten %n Bilder, wie sie exportiert werden."],
    "re-export": "Neuexport",
    # --- the queue in the window (ui::QueueDock, queue::QueueController) ---
    'Another process (pid %1) runs the queue; its progress shows here.':
        'Ein anderer Prozess (PID %1) führt die Warteschlange aus; sein Fortschritt erscheint hier.',
    'Job %1 added to the queue':
        'Auftrag %1 in die Warteschlange eingereiht',
    'Add to &Queue':
        'In die &Warteschlange',
    'Queue':
        'Warteschlange',
    'Job':
        'Auftrag',
    'Place':
        'Platz',
    'State':
        'Zustand',
    'Estimate':
        'Schätzung',
    'Cost':
        'Kosten',
    'Start no more jobs; the running ones finish':
        'Keine Aufträge mehr starten; laufende werden fertig',
    'Remove':
        'Entfernen',
    'Take the selected job out of the queue (a running one is canceled)':
        'Den gewählten Auftrag aus der Warteschlange nehmen (ein laufender wird abgebrochen)',
    'Resume':
        'Fortsetzen',
    'Start jobs again':
        'Wieder Aufträge starten',
    '%1 waiting, %2 running · spent %3 (today %4)':
        '%1 wartend, %2 laufend · ausgegeben %3 (heute %4)',
    ' · budget %1':
        ' · Budget %1',
    ' · daily budget %1':
        ' · Tagesbudget %1',
    'The queue is paused: no job starts until it is resumed.':
        'Die Warteschlange ist pausiert: kein Auftrag startet, bis sie fortgesetzt wird.',
    # --- the form's Run through the queue (queue::QueueController, ui::MainWindow) ---
    'The job is paused in the queue.':
        'Der Auftrag ist in der Warteschlange zurückgehalten.',
    'The queue is paused (Resume in the Queue dock).':
        'Die Warteschlange ist pausiert (Fortsetzen im Bereich „Warteschlange“).',
    'Waiting for a free slot: the queue runs %n job(s) at once on this backend.':
        ['Wartet auf einen freien Platz: die Warteschlange führt %n Auftrag gleichzeitig auf diesem Backend aus.',
         'Wartet auf einen freien Platz: die Warteschlange führt %n Aufträge gleichzeitig auf diesem Backend aus.'],
    'Waiting after a rate limit (429).':
        'Wartet nach einer Ratenbegrenzung (429).',
    'Queued run (job %1) started':
        'Eingereihter Lauf (Auftrag %1) gestartet',
    'Run queued (job %1): %2':
        'Lauf eingereiht (Auftrag %1): %2',
    'The queue could not be written; the sweep did not start.':
        'Die Warteschlange konnte nicht geschrieben werden; der Sweep wurde nicht gestartet.',
    'This backend cannot create on the deployment %1; it needs the Replicate API.':
        'Dieses Backend kann nicht auf dem Deployment %1 erstellen; dafür braucht es die Replicate-API.',
    'Story&board…': 'Story&board…',
}

# (context, source) -> German, where the same English needs other words in one context.
CONTEXT_MESSAGES = {
    ('sdanim::queue::QueueJob', 'running'):
        'läuft',
    ('sdanim::ui::RequestLogModel', 'failed'): 'fehlgeschlagen',
    ('sdanim::cli::SweepCommand', 'pending'): 'wartend',
    ('sdanim::cli::SweepCommand', 'running'): 'läuft',
    ('sdanim::cli::SweepCommand', 'succeeded'): 'erfolgreich',
    ('sdanim::cli::SweepCommand', 'failed'): 'fehlgeschlagen',
    ('sdanim::cli::SweepCommand', 'not created'): 'nicht erstellt',
    ('sdanim::cli::SweepCommand', 'skipped'): 'übersprungen',
    ('sdanim::cli::SweepCommand', 'canceled'): 'abgebrochen',
    ('sdanim::cli::SweepCommand', 'y'): 'j',
    ('sdanim::cli::SweepCommand', 'yes'): 'ja',
}
