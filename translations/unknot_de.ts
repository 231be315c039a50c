<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>; then rest %1</source>
        <translation>; danach %1 Pause</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Ausführung:</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>Stattdessen:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>Du brauchst: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>See a professional if</source>
        <translation>Fachleute aufsuchen, wenn</translation>
    </message>
    <message>
        <source>Discomfort during a stretch is normal; pain is not. Stop and see a professional when something does not feel right.</source>
        <translation>Ein Ziehen beim Dehnen ist normal, Schmerz nicht. Hör auf und geh zu Fachleuten, wenn sich etwas nicht richtig anfühlt.</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>Breathing:</source>
        <translation>Atmung:</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <source>Stop and call the emergency number now if</source>
        <translation>Sofort den Notruf wählen, wenn</translation>
    </message>
    <message>
        <source>See a doctor soon if</source>
        <translation>Bald ärztlich abklären lassen, wenn</translation>
    </message>
    <message>
        <source>Check with a professional before you start if</source>
        <translation>Vor dem Beginn mit Fachleuten abklären, wenn</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>%1 · Unknot</source>
        <translation>%1 · Unknot</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The printer did not start. Check that it is connected, or choose Print to File (PDF).</source>
        <translation>Der Drucker hat nicht angefangen. Prüfe, ob er angeschlossen ist, oder wähle „In Datei drucken (PDF)“.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModes</name>
    <message>
        <source>Back exercises: %1</source>
        <translation>Rückenübungen: %1</translation>
    </message>
    <message>
        <source>Your Unknot programme. Stop any exercise that hurts.</source>
        <translation>Dein Unknot-Programm. Brich jede Übung ab, die weh tut.</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>Zeit für deine Rückenübungen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add exercise “%1”</source>
        <translation>Übung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move %1 to position %2</source>
        <translation>%1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Einheit %1 löschen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>No programme was set for these days.</source>
        <translation>Für diese Tage war kein Programm angelegt.</translation>
    </message>
    <message>
        <source>Programme: %1, on %2; %3 weeks from %4.</source>
        <translation>Programm: %1, jeweils %2; %3 Wochen ab %4.</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Programme week</source>
        <translation>Programmwoche</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Of those, flare-up days</source>
        <translation>Davon an Tagen mit starken Schmerzen</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>● before (solid)   ○ after (dashed); one point per session, oldest first</source>
        <translation>● vorher (durchgezogen)   ○ nachher (gestrichelt); ein Punkt je Einheit, die älteste zuerst</translation>
    </message>
    <message>
        <source>Pain before and after (0 to 10)</source>
        <translation>Schmerz vorher und nachher (0 bis 10)</translation>
    </message>
    <message>
        <source>No pain ratings in these days.</source>
        <translation>In diesen Tagen keine Schmerzangaben.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Flare-up day</source>
        <translation>Tag mit starken Schmerzen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Check-in: “Compared with when you started, how is your back?”</source>
        <translation>Nachgefragt: „Wie geht es deinem Rücken verglichen mit dem Beginn?“</translation>
    </message>
    <message>
        <source>Not answered in these days.</source>
        <translation>In diesen Tagen nicht beantwortet.</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Woche %1: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Back exercise report, %1 to %2</source>
        <translation>Bericht über die Rückenübungen, %1 bis %2</translation>
    </message>
    <message>
        <source>Sessions done: %1, of them on flare-up days (a gentler version): %2. Minutes of exercise: %3.</source>
        <translation>Gemachte Einheiten: %1, davon an Tagen mit starken Schmerzen (sanftere Fassung): %2. Minuten Übung: %3.</translation>
    </message>
    <message>
        <source>Written by Unknot from the person&apos;s own log. It describes what was done and the pain they rated; it does not say what caused what.</source>
        <translation>Von Unknot aus dem eigenen Protokoll der Person erstellt. Er beschreibt, was gemacht wurde und welche Schmerzen angegeben wurden; er sagt nicht, was wodurch verursacht wurde.</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>Back exercise report</source>
        <translation>Bericht über die Rückenübungen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Dose over time (flare-up days left out)</source>
        <translation>Umfang im Verlauf (ohne Tage mit starken Schmerzen)</translation>
    </message>
    <message>
        <source>The last %1 of %2 rated sessions; the chart shows them all, the CSV lists them.</source>
        <translation>Die letzten %1 von %2 bewerteten Einheiten; die Grafik zeigt alle, die CSV-Datei listet sie auf.</translation>
    </message>
    <message>
        <source>The last %1 of %2 notes; the CSV has them all.</source>
        <translation>Die letzten %1 von %2 Notizen; die CSV-Datei enthält alle.</translation>
    </message>
</context>
<context>
    <name>ValueWords</name>
    <message>
        <source>foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>tennis ball</source>
        <translation>Tennisball</translation>
    </message>
    <message>
        <source>massage ball</source>
        <translation>Massageball</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>lower mid back</source>
        <translation>unterer mittlerer Rücken</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>relaxation</source>
        <translation>Entspannung</translation>
    </message>
</context>
<context>
    <name>unknot</name>
    <message>
        <source>--palette needs dark or light, got &apos;%1&apos;</source>
        <translation>--palette braucht dark oder light, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--time-scale needs a number from 1 to 100, got &apos;%1&apos;</source>
        <translation>--time-scale braucht eine Zahl von 1 bis 100, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--play needs a routine ID</source>
        <translation>--play braucht eine Routinen-ID</translation>
    </message>
    <message>
        <source>--validate needs at least one FILE</source>
        <translation>--validate braucht mindestens eine DATEI</translation>
    </message>
    <message>
        <source>--print-routine needs a routine ID and one OUT.pdf</source>
        <translation>--print-routine braucht eine Routinen-ID und eine AUSGABE.pdf</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--export-history needs a FILE, or - for standard output</source>
        <translation>--export-history braucht eine DATEI oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--render-figures needs a folder</source>
        <translation>--render-figures braucht einen Ordner</translation>
    </message>
    <message>
        <source>--json goes with --list</source>
        <translation>--json gehört zu --list</translation>
    </message>
    <message>
        <source>Guided exercise routines for knots and stiffness in the upper and middle back.</source>
        <translation>Angeleitete Übungsroutinen gegen Verspannungen und Steifheit im oberen und mittleren Rücken.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[DATEI...]</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>--time-scale goes with the window or --play</source>
        <translation>--time-scale gehört zum Fenster oder zu --play</translation>
    </message>
    <message>
        <source>--palette goes with the window or --play</source>
        <translation>--palette gehört zum Fenster oder zu --play</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together</source>
        <translation>%1 und %2 können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>--cue-script needs a routine ID</source>
        <translation>--cue-script braucht eine Routinen-ID</translation>
    </message>
    <message>
        <source>--guidance needs full, names-and-counts, sounds-only or silent, got &apos;%1&apos;</source>
        <translation>--guidance braucht full, names-and-counts, sounds-only oder silent, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--guidance goes with --cue-script</source>
        <translation>--guidance gehört zu --cue-script</translation>
    </message>
    <message>
        <source>--background goes with the window only</source>
        <translation>--background gehört nur zum Fenster</translation>
    </message>
    <message>
        <source>%1: FROM and TO are dates written YYYY-MM-DD, got &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>%1: FROM und TO sind Daten in der Form JJJJ-MM-TT, erhalten: &apos;%2&apos; und &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: TO (%2) is before FROM (%3)</source>
        <translation>%1: TO (%2) liegt vor FROM (%3)</translation>
    </message>
    <message>
        <source>--report needs FROM TO OUT.pdf</source>
        <translation>--report braucht FROM TO OUT.pdf</translation>
    </message>
    <message>
        <source>--report-csv needs FROM TO OUT.csv</source>
        <translation>--report-csv braucht FROM TO OUT.csv</translation>
    </message>
    <message>
        <source>--export-calendar needs a FILE</source>
        <translation>--export-calendar braucht eine DATEI</translation>
    </message>
    <message>
        <source>Routine files, with --validate; OUT.pdf, with --print-routine; TO and OUT, with --report and --report-csv.</source>
        <translation>Routinedateien mit --validate; OUT.pdf mit --print-routine; TO und OUT mit --report und --report-csv.</translation>
    </message>
</context>
<context>
    <name>unknot::Options</name>
    <message>
        <source>Check routine files FILE... and print every problem; exit 0 when all are valid, 1 when any is not.</source>
        <translation>Routinendateien DATEI... prüfen und jedes Problem ausgeben; Exit-Code 0, wenn alle gültig sind, 1, wenn eine es nicht ist.</translation>
    </message>
    <message>
        <source>Print one line per routine: id, title, minutes, source.</source>
        <translation>Eine Zeile pro Routine ausgeben: ID, Titel, Minuten, Quelle.</translation>
    </message>
    <message>
        <source>With --list: print JSON.</source>
        <translation>Mit --list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Keep all user data (routines, history, settings) in DIR.</source>
        <translation>Alle Benutzerdaten (Routinen, Verlauf, Einstellungen) in ORDNER ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Open the player on routine ID (see --list for the ids).</source>
        <translation>Den Player mit Routine ID öffnen (die IDs zeigt --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Run session time X times faster (1 to 100), for previews.</source>
        <translation>Die Zeit einer Einheit X-mal schneller laufen lassen (1 bis 100), für Vorschauen.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Write every session and step as CSV to FILE (- for standard output).</source>
        <translation>Jede Einheit und jeden Schritt als CSV in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write one PNG per exercise into DIR, showing its figure&apos;s key poses.</source>
        <translation>Ein PNG pro Übung in ORDNER schreiben, mit den Schlüsselhaltungen ihrer Figur.</translation>
    </message>
    <message>
        <source>Use the Fusion style with a dark or light palette.</source>
        <translation>Den Fusion-Stil mit dunkler oder heller Farbpalette verwenden.</translation>
    </message>
    <message>
        <source>dark|light</source>
        <translation>dark|light</translation>
    </message>
    <message>
        <source>Write routine ID&apos;s one- or two-page handout to the PDF file given after it.</source>
        <translation>Das ein- oder zweiseitige Merkblatt der Routine ID in die danach angegebene PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>Print what the coach says and plays during routine ID, and when, without a display.</source>
        <translation>Ausgeben, was der Coach während der Routine ID sagt und abspielt, und wann, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>With --cue-script: the guidance level (full, names-and-counts, sounds-only, silent).</source>
        <translation>Mit --cue-script: die Anleitungsstufe (full, names-and-counts, sounds-only, silent).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window, for the reminders (as at login).</source>
        <translation>Im Systembereich der Kontrollleiste starten, ohne Fenster, für die Erinnerungen (wie bei der Anmeldung).</translation>
    </message>
    <message>
        <source>Write the report for a therapist over the days FROM to TO (YYYY-MM-DD) to the PDF file given after TO.</source>
        <translation>Den Bericht für Therapeuten über die Tage FROM bis TO (JJJJ-MM-TT) in die PDF-Datei nach TO schreiben.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>Write the report&apos;s data over the days FROM to TO (YYYY-MM-DD) as CSV to the file given after TO.</source>
        <translation>Die Daten des Berichts über die Tage FROM bis TO (JJJJ-MM-TT) als CSV in die Datei nach TO schreiben.</translation>
    </message>
    <message>
        <source>Write the programme&apos;s practice days as an iCalendar file (.ics) to FILE.</source>
        <translation>Die Übungstage des Programms als iCalendar-Datei (.ics) nach DATEI schreiben.</translation>
    </message>
</context>
<context>
    <name>unknot::PlayerView</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
</context>
<context>
    <name>unknot::gui</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>Change focus</source>
        <translation>Schwerpunkt ändern</translation>
    </message>
    <message>
        <source>Change weekly target to %1</source>
        <translation>Wochenziel auf %1 ändern</translation>
    </message>
    <message>
        <source>Change lead-in to %1</source>
        <translation>Vorbereitung auf %1 ändern</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <source>Change when to see a professional</source>
        <translation>Ändern, wann man zu Fachleuten gehen sollte</translation>
    </message>
    <message>
        <source>Change credit</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <source>Change step to %1</source>
        <translation>Schritt in %1 ändern</translation>
    </message>
    <message>
        <source>Change exercise to %1</source>
        <translation>Übung in %1 ändern</translation>
    </message>
    <message>
        <source>Change hold to %1</source>
        <translation>Haltezeit auf %1 ändern</translation>
    </message>
    <message>
        <source>Change reps to %1</source>
        <translation>Wiederholungen auf %1 ändern</translation>
    </message>
    <message>
        <source>Change tempo to %1 s</source>
        <translation>Tempo auf %1 s ändern</translation>
    </message>
    <message>
        <source>Remove tempo</source>
        <translation>Tempo entfernen</translation>
    </message>
    <message>
        <source>Change sets to %1</source>
        <translation>Sätze auf %1 ändern</translation>
    </message>
    <message>
        <source>Change rest between sets to %1</source>
        <translation>Pause zwischen den Sätzen auf %1 ändern</translation>
    </message>
    <message>
        <source>Change rest after to %1</source>
        <translation>Pause danach auf %1 ändern</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Aktivität ändern</translation>
    </message>
    <message>
        <source>Change duration to %1</source>
        <translation>Dauer auf %1 ändern</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>timed activity</source>
        <translation>zeitgesteuerte Aktivität</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation>Abwechselnd</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Form: </source>
        <translation>Ausführung: </translation>
    </message>
    <message>
        <source>Variation: %1 — %2</source>
        <translation>Variante: %1 – %2</translation>
    </message>
    <message>
        <source>About %1 · %2 times a week</source>
        <translation>Etwa %1 · %2-mal pro Woche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>See a professional if</source>
        <translation>Fachleute aufsuchen, wenn</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation>Gut gemacht. Einheit abgeschlossen.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>WIEDERHOLUNGEN</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Die letzte</translation>
    </message>
    <message>
        <source>Next: switch to the %1</source>
        <translation>Als Nächstes: Seitenwechsel, %1</translation>
    </message>
    <message>
        <source>Next: rest %1</source>
        <translation>Als Nächstes: %1 Pause</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>The session history could not be read, so Unknot started a new one. The old file was kept, unchanged, here:
%1

Details: %2</source>
        <translation>Der Verlauf ließ sich nicht lesen, daher hat Unknot einen neuen begonnen. Die alte Datei wurde unverändert hier aufbewahrt:
%1

Details: %2</translation>
    </message>
    <message>
        <source>The session history was written by a newer version of Unknot. This version leaves it untouched, so sessions will not be logged while you use it. Routines still play.

Details: %1</source>
        <translation>Der Verlauf wurde von einer neueren Version von Unknot geschrieben. Diese Version lässt ihn unverändert, daher werden Einheiten nicht aufgezeichnet, solange du sie benutzt. Routinen lassen sich trotzdem abspielen.

Details: %1</translation>
    </message>
    <message>
        <source>The session history cannot be opened, so sessions will not be logged this time. Routines still play.

Details: %1</source>
        <translation>Der Verlauf lässt sich nicht öffnen, daher werden Einheiten diesmal nicht aufgezeichnet. Routinen lassen sich trotzdem abspielen.

Details: %1</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Verlauf der Einheiten</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>%1 reps, %2 s each</source>
        <translation>%1 Wiederholungen, je %2 s</translation>
    </message>
    <message>
        <source>%1 reps at your own pace</source>
        <translation>%1 Wiederholungen in deinem Tempo</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, rest %1 between sets</source>
        <translation>, %1 Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <source>Another computer, %1, may be using this folder. Open anyway?</source>
        <translation>Ein anderer Computer, %1, verwendet diesen Ordner vielleicht gerade. Trotzdem öffnen?</translation>
    </message>
    <message>
        <source>The data folder %1 is marked as in use by Unknot on %2. If Unknot is still open there, close it first: two copies writing the same history can lose sessions. If it is closed (or that computer is off), open it here.</source>
        <translation>Der Datenordner %1 ist als von Unknot auf %2 belegt markiert. Wenn Unknot dort noch geöffnet ist, schließe es zuerst: Zwei Kopien, die in denselben Verlauf schreiben, können Einheiten verlieren. Ist es dort geschlossen (oder der Computer aus), öffne es hier.</translation>
    </message>
    <message>
        <source>Unknot</source>
        <translation>Unknot</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1: ended the session</source>
        <translation>%1: Einheit beendet</translation>
    </message>
    <message>
        <source>%1 after it hurt</source>
        <translation>%1, nachdem es wehtat</translation>
    </message>
    <message>
        <source>%1 · easier version: %2</source>
        <translation>%1 · leichtere Variante: %2</translation>
    </message>
    <message>
        <source>%1: skipped the exercise</source>
        <translation>%1: Übung übersprungen</translation>
    </message>
    <message>
        <source>en</source>
        <comment>ISO 639-1 code of the language the voice speaks: this catalogue&apos;s</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Sessions cannot be saved: %1.</source>
        <translation>Einheiten können nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Routines still play, and the history shows the sessions saved before.</source>
        <translation>Routinen lassen sich trotzdem abspielen, und der Verlauf zeigt die bisher gespeicherten Einheiten.</translation>
    </message>
    <message>
        <source>Changed settings are not kept either.</source>
        <translation>Geänderte Einstellungen bleiben ebenfalls nicht erhalten.</translation>
    </message>
    <message>
        <source>the session history %1 is read-only</source>
        <translation>der Verlauf %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the data folder %1 is on a read-only drive</source>
        <translation>der Datenordner %1 liegt auf einem schreibgeschützten Laufwerk</translation>
    </message>
    <message>
        <source>you have no permission to write in the data folder %1</source>
        <translation>du darfst im Datenordner %1 nicht schreiben</translation>
    </message>
    <message>
        <source>This session was not saved: %1.</source>
        <translation>Diese Einheit wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>Spoken: an exercise&apos;s name as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Left side.</source>
        <comment>Spoken in the lead-in of a sided exercise</comment>
        <translation>Linke Seite.</translation>
    </message>
    <message>
        <source>Right side.</source>
        <comment>Spoken in the lead-in of a sided exercise</comment>
        <translation>Rechte Seite.</translation>
    </message>
    <message>
        <source>Alternate sides, starting on the left.</source>
        <comment>Spoken</comment>
        <translation>Abwechselnd die Seiten, links zuerst.</translation>
    </message>
    <message>
        <source>You need: %1.</source>
        <comment>Spoken: %1 is a list of equipment</comment>
        <translation>Du brauchst: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>Between items of a spoken list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <comment>Before the last item of a spoken list</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>Other side: left.</source>
        <comment>Spoken at a side switch</comment>
        <translation>Andere Seite: links.</translation>
    </message>
    <message>
        <source>Other side: right.</source>
        <comment>Spoken at a side switch</comment>
        <translation>Andere Seite: rechts.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <comment>Spoken when a rest begins</comment>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <comment>Spoken: %1 is the next exercise</comment>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Next: %1, left side.</source>
        <comment>Spoken: %1 is the next exercise</comment>
        <translation>Als Nächstes: %1, linke Seite.</translation>
    </message>
    <message>
        <source>Next: %1, right side.</source>
        <comment>Spoken: %1 is the next exercise</comment>
        <translation>Als Nächstes: %1, rechte Seite.</translation>
    </message>
    <message>
        <source>Set %1 of %2 next.</source>
        <comment>Spoken during a rest between sets</comment>
        <translation>Gleich kommt Satz %1 von %2.</translation>
    </message>
    <message>
        <source>Set %1 of %2 next, left side.</source>
        <comment>Spoken during a rest between sets</comment>
        <translation>Gleich kommt Satz %1 von %2, linke Seite.</translation>
    </message>
    <message>
        <source>Set %1 of %2 next, right side.</source>
        <comment>Spoken during a rest between sets</comment>
        <translation>Gleich kommt Satz %1 von %2, rechte Seite.</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <comment>Spoken: %1 is the first sentence of the next setup</comment>
        <translation>Mach dich bereit: %1</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <comment>Spoken in the middle of a hold</comment>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>Last five seconds.</source>
        <comment>Spoken five seconds before a hold ends</comment>
        <translation>Noch fünf Sekunden.</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>Spoken: the number of a paced rep</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, left</source>
        <comment>Spoken: the number of an alternating rep on the left</comment>
        <translation>%1, links</translation>
    </message>
    <message>
        <source>%1, right</source>
        <comment>Spoken: the number of an alternating rep on the right</comment>
        <translation>%1, rechts</translation>
    </message>
    <message>
        <source>foam roller</source>
        <comment>Spoken equipment</comment>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>tennis ball</source>
        <comment>Spoken equipment</comment>
        <translation>Tennisball</translation>
    </message>
    <message>
        <source>massage ball</source>
        <comment>Spoken equipment</comment>
        <translation>Massageball</translation>
    </message>
    <message>
        <source>wall</source>
        <comment>Spoken equipment</comment>
        <translation>Wand</translation>
    </message>
    <message>
        <source>towel</source>
        <comment>Spoken equipment</comment>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Spoken equipment</comment>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>band</source>
        <comment>Spoken equipment</comment>
        <translation>Band</translation>
    </message>
    <message>
        <source>mat</source>
        <comment>Spoken equipment</comment>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Breathing: </source>
        <translation>Atmung: </translation>
    </message>
    <message>
        <source>Cautions: </source>
        <translation>Vorsicht: </translation>
    </message>
    <message>
        <source>Check with a professional before you start if</source>
        <translation>Vor dem Beginn mit Fachleuten abklären, wenn</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>Stop and call the emergency number now if</source>
        <translation>Sofort den Notruf wählen, wenn</translation>
    </message>
    <message>
        <source>See a doctor soon if</source>
        <translation>Bald ärztlich abklären lassen, wenn</translation>
    </message>
    <message>
        <source>Goal met: 1 session this week (goal 1)</source>
        <translation>Ziel erreicht: 1 Einheit diese Woche (Ziel 1)</translation>
    </message>
    <message>
        <source>Goal met: 1 session that week (goal 1)</source>
        <translation>Ziel erreicht: 1 Einheit in dieser Woche (Ziel 1)</translation>
    </message>
    <message>
        <source>Goal met: %1 sessions this week (goal %2)</source>
        <translation>Ziel erreicht: %1 Einheiten diese Woche (Ziel %2)</translation>
    </message>
    <message>
        <source>Goal met: %1 sessions that week (goal %2)</source>
        <translation>Ziel erreicht: %1 Einheiten in dieser Woche (Ziel %2)</translation>
    </message>
    <message>
        <source>%1 of %2 sessions this week</source>
        <translation>%1 von %2 Einheiten diese Woche</translation>
    </message>
    <message>
        <source>%1 of %2 sessions that week</source>
        <translation>%1 von %2 Einheiten in dieser Woche</translation>
    </message>
    <message>
        <source>Full coaching</source>
        <comment>Guidance level</comment>
        <translation>Volle Anleitung</translation>
    </message>
    <message>
        <source>Names and counts</source>
        <comment>Guidance level</comment>
        <translation>Namen und Zählen</translation>
    </message>
    <message>
        <source>Sounds only</source>
        <comment>Guidance level</comment>
        <translation>Nur Töne</translation>
    </message>
    <message>
        <source>Silent</source>
        <comment>Guidance level</comment>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Before: </source>
        <translation>Vorher: </translation>
    </message>
    <message>
        <source>heat pack</source>
        <comment>Spoken equipment</comment>
        <translation>Wärmekissen</translation>
    </message>
</context>
<context>
    <name>unknot::gui::CautionLine</name>
    <message>
        <source>When to stop</source>
        <translation>Wann du aufhören solltest</translation>
    </message>
</context>
<context>
    <name>unknot::gui::CheckInDialog</name>
    <message>
        <source>Your back is worse than when you started. Please stop the programme for now and see a doctor or physiotherapist before you go on.</source>
        <translation>Dein Rücken ist schlechter als zu Beginn. Bitte setz das Programm vorerst aus und geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, bevor du weitermachst.</translation>
    </message>
    <message>
        <source>After three weeks your back is about the same. The exercises may not be what your back needs: it is worth seeing a physiotherapist or doctor. You can take them the report from the File menu.</source>
        <translation>Nach drei Wochen ist dein Rücken etwa gleich. Vielleicht sind die Übungen nicht das, was dein Rücken braucht: Es lohnt sich, in die Physiotherapie oder zu einer Ärztin, einem Arzt zu gehen. Den Bericht dafür findest du im Menü Datei.</translation>
    </message>
    <message>
        <source>Call the emergency number now if:</source>
        <translation>Ruf sofort den Notruf, wenn:</translation>
    </message>
    <message>
        <source>See a doctor soon if:</source>
        <translation>Geh bald zu einer Ärztin, einem Arzt, wenn:</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor if:</source>
        <translation>Geh in die Physiotherapie oder zu einer Ärztin, einem Arzt, wenn:</translation>
    </message>
    <message>
        <source>Three weeks in</source>
        <translation>Nach drei Wochen</translation>
    </message>
    <message>
        <source>Compared with when you started, how is your back?</source>
        <translation>Wie geht es deinem Rücken verglichen mit dem Beginn?</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>&amp;About the same</source>
        <translation>Etwa &amp;gleich</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Schlechter</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ControlBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil links</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil rechts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Done with the reps</source>
        <translation>Wiederholungen fertig</translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Signale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on or off</source>
        <translation>%1 an oder aus</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>No audio output found: cues are shown on screen</source>
        <translation>Keine Audioausgabe gefunden: Signale erscheinen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>No speech engine works here: cues are shown on screen</source>
        <translation>Hier funktioniert keine Sprachausgabe: Signale erscheinen auf dem Bildschirm</translation>
    </message>
    <message>
        <source>This hurts: easier version, skip or end</source>
        <translation>Das tut weh: leichtere Variante, überspringen oder beenden</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>All instructions for this exercise</source>
        <translation>Die ganze Anleitung zu dieser Übung</translation>
    </message>
</context>
<context>
    <name>unknot::gui::CountdownDisplay</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>unknot::gui::DayStrip</name>
    <message>
        <source>No sessions on any day of this week</source>
        <translation>An keinem Tag dieser Woche eine Einheit</translation>
    </message>
    <message>
        <source>Sessions on %1</source>
        <translation>Einheiten am %1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::DialogPrompts</name>
    <message>
        <source>Import a routine</source>
        <translation>Eine Routine importieren</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Die Routine exportieren</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes that cannot be saved until its problems are fixed. Discard them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen, die erst nach Behebung der Probleme gespeichert werden können. Verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Die Routine umbenennen</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <source>Delete the routine</source>
        <translation>Die Routine löschen</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from there.</source>
        <translation>„%1“ in den Papierkorb verschieben? Von dort kannst du sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Import the routine</source>
        <translation>Die Routine importieren</translation>
    </message>
    <message>
        <source>You already have a routine with the id of “%1”. Import it as “%2”?</source>
        <translation>Du hast schon eine Routine mit der ID von „%1“. Als „%2“ importieren?</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Unknot</source>
        <translation>Unknot</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinendateien (*.json)</translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorDocument</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorPage</name>
    <message>
        <source>Routines to edit</source>
        <translation>Routinen zum Bearbeiten</translation>
    </message>
    <message>
        <source>Your own routines and the built-in ones; pick one to edit it (built-in ones are duplicated first).</source>
        <translation>Deine eigenen und die eingebauten Routinen; wähle eine zum Bearbeiten (eingebaute werden zuerst dupliziert).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new routine (Ctrl+N)</source>
        <translation>Eine neue Routine beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Make your own copy of this routine</source>
        <translation>Eine eigene Kopie dieser Routine machen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Give this routine another title</source>
        <translation>Dieser Routine einen anderen Titel geben</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Move this routine to the trash</source>
        <translation>Diese Routine in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation>Eine Routine aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save a copy to share, with the exercises it needs</source>
        <translation>Eine Kopie zum Weitergeben speichern, mit den nötigen Übungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Play the routine as it is now</source>
        <translation>Die Routine so abspielen, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation>Die Routine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>The routine was not saved.
%1</source>
        <translation>Die Routine wurde nicht gespeichert.
%1</translation>
    </message>
    <message>
        <source>The routine was not deleted.
%1</source>
        <translation>Die Routine wurde nicht gelöscht.
%1</translation>
    </message>
    <message>
        <source>“%1” was not imported. Fix these problems and try again:</source>
        <translation>„%1“ wurde nicht importiert. Behebe diese Probleme und versuche es erneut:</translation>
    </message>
    <message>
        <source>The routine was not imported.
%1</source>
        <translation>Die Routine wurde nicht importiert.
%1</translation>
    </message>
    <message>
        <source>The routine was not exported.
%1</source>
        <translation>Die Routine wurde nicht exportiert.
%1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorView</name>
    <message>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Choose a routine on the left, or make a new one.</source>
        <translation>Wähle links eine Routine oder erstelle eine neue.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Etwa %1</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Use “Duplicate to edit” to make your own copy.</source>
        <translation>Eingebaute Routinen lassen sich nicht ändern. Mit „Zum Bearbeiten duplizieren“ machst du eine eigene Kopie.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: see the marked fields.</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern beheben: siehe die markierten Felder.</numerusform>
            <numerusform>%n Probleme vor dem Speichern beheben: siehe die markierten Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add new exercise “%1”</source>
        <translation>Neue Übung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change the exercise</source>
        <translation>Die Übung ändern</translation>
    </message>
    <message>
        <source>This routine lasts about %1. A session longer than two hours is hard to follow: check the holds, sets and rests.</source>
        <translation>Diese Routine dauert etwa %1. Einer Einheit von mehr als zwei Stunden ist schwer zu folgen: Prüfe die Haltezeiten, Sätze und Pausen.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExerciseInfoPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You are doing the easier version</source>
        <translation>Du machst die leichtere Variante</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>In Position kommen</translation>
    </message>
    <message>
        <source>The movement</source>
        <translation>Die Bewegung</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>When to stop</source>
        <translation>Wann du aufhören solltest</translation>
    </message>
    <message>
        <source>Easier versions</source>
        <translation>Leichtere Varianten</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>Paused · Esc or I: back to the exercise · ↑ ↓ scroll · P: this hurts</source>
        <translation>Pausiert · Esc oder I: zurück zur Übung · ↑ ↓ blättern · P: das tut weh</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExercisePickerDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation>Eine Übung hinzufügen</translation>
    </message>
    <message>
        <source>Search by name, equipment or focus…</source>
        <translation>Nach Name, Hilfsmittel oder Schwerpunkt suchen …</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExerciseStatsModel</name>
    <message>
        <source>left %1 of %2, right %3 of %4</source>
        <translation>links %1 von %2, rechts %3 von %4</translation>
    </message>
    <message>
        <source>No day with this exercise was rated before and after</source>
        <translation>An keinem Tag mit dieser Übung wurde der Schmerz vorher und nachher angegeben</translation>
    </message>
    <message>
        <source>Pain after the session was on average %1 points from before, over the days it was done and rated (%2)</source>
        <translation>Schmerz nach der Einheit im Mittel %1 Punkte gegenüber vorher, über die Tage, an denen sie gemacht und bewertet wurde (%2)</translation>
    </message>
    <message>
        <source>Times “This hurts” stopped this exercise: %1</source>
        <translation>So oft wurde diese Übung mit „Das tut weh“ abgebrochen: %1</translation>
    </message>
    <message>
        <source>Steps done of those started, for each side</source>
        <translation>Gemachte Schritte von den begonnenen, je Seite</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sessions in which the exercise was done</source>
        <translation>Einheiten, in denen die Übung gemacht wurde</translation>
    </message>
    <message>
        <source>“This hurts”</source>
        <translation>„Das tut weh“</translation>
    </message>
    <message>
        <source>Times the exercise was stopped with “This hurts”</source>
        <translation>So oft wurde die Übung mit „Das tut weh“ abgebrochen</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Schmerzänderung</translation>
    </message>
    <message>
        <source>Average of pain after minus pain before, on the days it was done</source>
        <translation>Mittel aus Schmerz nachher minus Schmerz vorher, an den Tagen, an denen sie gemacht wurde</translation>
    </message>
    <message>
        <source>Sides done</source>
        <translation>Seiten gemacht</translation>
    </message>
    <message>
        <source>Not done one side at a time</source>
        <translation>Nicht seitenweise geübt</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExerciseTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>unknot::gui::FigureEditor</name>
    <message>
        <source>Whole body tipped forward</source>
        <translation>Ganzer Körper nach vorn geneigt</translation>
    </message>
    <message>
        <source>Mid-back round / arch</source>
        <translation>Mittlerer Rücken rund / hohl</translation>
    </message>
    <message>
        <source>Upper back round / arch</source>
        <translation>Oberer Rücken rund / hohl</translation>
    </message>
    <message>
        <source>Chest turned</source>
        <translation>Brustkorb gedreht</translation>
    </message>
    <message>
        <source>Chin down / up</source>
        <translation>Kinn runter / hoch</translation>
    </message>
    <message>
        <source>Near arm raised</source>
        <translation>Vorderer Arm gehoben</translation>
    </message>
    <message>
        <source>Near elbow bent</source>
        <translation>Vorderer Ellbogen gebeugt</translation>
    </message>
    <message>
        <source>Far arm raised</source>
        <translation>Hinterer Arm gehoben</translation>
    </message>
    <message>
        <source>Far elbow bent</source>
        <translation>Hinterer Ellbogen gebeugt</translation>
    </message>
    <message>
        <source>Near thigh raised</source>
        <translation>Vorderer Oberschenkel gehoben</translation>
    </message>
    <message>
        <source>Near knee bent</source>
        <translation>Vorderes Knie gebeugt</translation>
    </message>
    <message>
        <source>Far thigh raised</source>
        <translation>Hinterer Oberschenkel gehoben</translation>
    </message>
    <message>
        <source>Far knee bent</source>
        <translation>Hinteres Knie gebeugt</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Die Bewegung abspielen</translation>
    </message>
    <message>
        <source>Start the figure from</source>
        <translation>Die Figur beginnen mit</translation>
    </message>
    <message>
        <source>Key pose</source>
        <translation>Schlüsselhaltung</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Keine Figur</translation>
    </message>
    <message>
        <source>Choose a figure to start from</source>
        <translation>Eine Figur als Ausgangspunkt wählen</translation>
    </message>
</context>
<context>
    <name>unknot::gui::FigureWidget</name>
    <message>
        <source>Exercise figure</source>
        <translation>Übungsfigur</translation>
    </message>
</context>
<context>
    <name>unknot::gui::HistoryPage</name>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <translation>Einheit gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>„%1“, %2</translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation>Einheit wiederhergestellt.</translation>
    </message>
    <message>
        <source>Exported the history to %1</source>
        <translation>Verlauf nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Die Woche davor (Alt+Links)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Back to this week (Alt+Home)</source>
        <translation>Zurück zu dieser Woche (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Die Woche danach (Alt+Rechts)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save every session and step as a CSV file</source>
        <translation>Jede Einheit und jeden Schritt als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation>Einheiten der Woche</translation>
    </message>
    <message>
        <source>Each session of the week shown: day, routine, minutes and pain before and after.</source>
        <translation>Jede Einheit der gezeigten Woche: Tag, Routine, Minuten und Schmerzen vorher und nachher.</translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation>Summen pro Routine</translation>
    </message>
    <message>
        <source>How often and how long each routine was done.</source>
        <translation>Wie oft und wie lange jede Routine gemacht wurde.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>Per routine, all time</source>
        <translation>Pro Routine, insgesamt</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Einheiten</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Zur Bibliothek</translation>
    </message>
    <message>
        <source>Opens the library to pick a routine to start.</source>
        <translation>Öffnet die Bibliothek, um eine Routine zum Starten auszuwählen.</translation>
    </message>
    <message>
        <source>Pick a routine in the Library and press Start. Every session you do shows up here: which days you exercised this week against your goal, how many minutes, and how your back felt before and after.</source>
        <translation>Wähle in der Bibliothek eine Routine und drücke Start. Jede Einheit erscheint hier: an welchen Tagen du diese Woche geübt hast im Vergleich zu deinem Ziel, wie viele Minuten und wie sich dein Rücken vorher und nachher angefühlt hat.</translation>
    </message>
    <message>
        <source>Most advice is three or four sessions a week; change usually shows after three to four weeks.</source>
        <translation>Meist werden drei bis vier Einheiten pro Woche empfohlen; eine Veränderung zeigt sich meist nach drei bis vier Wochen.</translation>
    </message>
    <message>
        <source>The session history is not available</source>
        <translation>Der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The history file could not be opened when Unknot started, so there is nothing to show here and sessions are not being recorded. Routines still play.</source>
        <translation>Die Verlaufsdatei ließ sich beim Start von Unknot nicht öffnen, daher gibt es hier nichts zu zeigen und Einheiten werden nicht aufgezeichnet. Routinen lassen sich trotzdem abspielen.</translation>
    </message>
    <message>
        <source>How each exercise is going</source>
        <translation>Wie es mit jeder Übung läuft</translation>
    </message>
    <message>
        <source>For each exercise: sessions done, stops with This hurts, the average change in pain on the days it was done, and each side&apos;s steps done.</source>
        <translation>Für jede Übung: gemachte Einheiten, Abbrüche mit „Das tut weh“, die mittlere Schmerzänderung an den Tagen, an denen sie gemacht wurde, und die gemachten Schritte je Seite.</translation>
    </message>
    <message>
        <source>Per exercise, all time</source>
        <translation>Je Übung, insgesamt</translation>
    </message>
</context>
<context>
    <name>unknot::gui::HurtsQuestion</name>
    <message>
        <source>It hurts: what now?</source>
        <translation>Es tut weh: Was jetzt?</translation>
    </message>
    <message>
        <source>It hurts. What now?</source>
        <translation>Es tut weh. Was jetzt?</translation>
    </message>
    <message>
        <source>Try the easier version</source>
        <translation>Die leichtere Variante versuchen</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Back to the exercise</source>
        <translation>Zurück zur Übung</translation>
    </message>
    <message>
        <source>1   Try the easier version: %1</source>
        <translation>1   Leichtere Variante: %1</translation>
    </message>
    <message>
        <source>Try the easier version: %1</source>
        <translation>Die leichtere Variante versuchen: %1</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <source>2   %1</source>
        <translation>2   %1</translation>
    </message>
    <message>
        <source>3   End the session</source>
        <translation>3   Die Einheit beenden</translation>
    </message>
    <message>
        <source>Esc   Back to the exercise</source>
        <translation>Esc   Zurück zur Übung</translation>
    </message>
    <message>
        <source>The session is paused.</source>
        <translation>Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <source>%1 · the session is paused.</source>
        <translation>%1 · die Einheit ist pausiert.</translation>
    </message>
    <message>
        <source>1   Try the easier version:</source>
        <translation>1   Leichtere Variante:</translation>
    </message>
    <message>
        <source>Press 1 to try the easier version.</source>
        <translation>Drück 1 für die leichtere Variante.</translation>
    </message>
    <message>
        <source>Press 2 to skip this exercise.</source>
        <translation>Drück 2, um diese Übung zu überspringen.</translation>
    </message>
    <message>
        <source>Press 2 to skip this step.</source>
        <translation>Drück 2, um diesen Schritt zu überspringen.</translation>
    </message>
    <message>
        <source>Press 3 to end the session.</source>
        <translation>Drück 3, um die Einheit zu beenden.</translation>
    </message>
    <message>
        <source>Call the emergency number now if:</source>
        <translation>Ruf sofort den Notruf, wenn:</translation>
    </message>
</context>
<context>
    <name>unknot::gui::IllustrationArea</name>
    <message>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
</context>
<context>
    <name>unknot::gui::LibraryPage</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken …</translation>
    </message>
    <message>
        <source>Search routines, exercises, equipment…</source>
        <translation>Routinen, Übungen, Hilfsmittel suchen …</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Routinen suchen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Every routine with its focus, equipment and length; Enter starts the selected one.</source>
        <translation>Jede Routine mit Schwerpunkt, Hilfsmitteln und Dauer; die Eingabetaste startet die ausgewählte.</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Routinendetails</translation>
    </message>
    <message>
        <source>The selected routine&apos;s steps, instructions and cautions.</source>
        <translation>Schritte, Anleitungen und Warnhinweise der ausgewählten Routine.</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation>Die ausgewählte Routine starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Print the selected routine as a handout, or save it as a PDF (Ctrl+P)</source>
        <translation>Die ausgewählte Routine als Merkblatt drucken oder als PDF speichern (Strg+P)</translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation>Routine drucken</translation>
    </message>
</context>
<context>
    <name>unknot::gui::MainWindow</name>
    <message>
        <source>Unknot</source>
        <translation>Unknot</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>Cannot play this routine</source>
        <translation>Diese Routine kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Drucken / Als PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ed&amp;itor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Report for my &amp;therapist…</source>
        <translation>Bericht für meine &amp;Therapeutin…</translation>
    </message>
    <message>
        <source>Export programme to &amp;calendar…</source>
        <translation>Programm in den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Could not start the programme</source>
        <translation>Das Programm konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Report for my therapist</source>
        <translation>Bericht für meine Therapeutin</translation>
    </message>
    <message>
        <source>back-exercise-report.pdf</source>
        <translation>bericht-rueckenuebungen.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Kein Programm</translation>
    </message>
    <message>
        <source>Start a programme in the library first.</source>
        <translation>Starte zuerst ein Programm in der Bibliothek.</translation>
    </message>
    <message>
        <source>Export programme to calendar</source>
        <translation>Programm in den Kalender exportieren</translation>
    </message>
    <message>
        <source>back-exercises.ics</source>
        <translation>rueckenuebungen.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Back exercises: %1</source>
        <translation>Rückenübungen: %1</translation>
    </message>
    <message>
        <source>Your Unknot programme. Stop any exercise that hurts.</source>
        <translation>Dein Unknot-Programm. Brich jede Übung ab, die weh tut.</translation>
    </message>
    <message>
        <source>Time for your back exercises</source>
        <translation>Zeit für deine Rückenübungen</translation>
    </message>
    <message>
        <source>Could not export the calendar</source>
        <translation>Der Kalender konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>unknot::gui::NewExerciseDialog</name>
    <message>
        <source>One step per line, starting with the position:
Lie on your back over a rolled towel.
Squeeze your shoulder blades together.</source>
        <translation>Ein Schritt pro Zeile, beginnend mit der Position:
Leg dich auf den Rücken über ein gerolltes Handtuch.
Zieh die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <source>Optional, one per line: Keep your neck long.</source>
        <translation>Freiwillig, einer pro Zeile: Halte den Nacken lang.</translation>
    </message>
    <message>
        <source>Optional, one per line: Stop if your arm tingles.</source>
        <translation>Freiwillig, einer pro Zeile: Hör auf, wenn dein Arm kribbelt.</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>e.g. Towel squeeze</source>
        <translation>z. B. Handtuch drücken</translation>
    </message>
    <message>
        <source>What it does, in one sentence</source>
        <translation>Was sie bewirkt, in einem Satz</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <source>Each side: one side, then the other</source>
        <translation>Jede Seite: erst eine Seite, dann die andere</translation>
    </message>
    <message>
        <source>Alternate sides every rep</source>
        <translation>Seiten bei jeder Wiederholung wechseln</translation>
    </message>
    <message>
        <source>upper-back, shoulder-blades</source>
        <translation>upper-back, shoulder-blades</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation>&amp;Vorsicht</translation>
    </message>
    <message>
        <source>&amp;Sides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation>&amp;Hilfsmittel</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>S&amp;chwerpunkt</translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation>&amp;Figur</translation>
    </message>
    <message>
        <source>Add to my exercises</source>
        <translation>Zu meinen Übungen hinzufügen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Noch nötig: %1.</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>Hin&amp;weise</translation>
    </message>
</context>
<context>
    <name>unknot::gui::PainRatingPage</name>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation>Wie stark schmerzt dein Rücken gerade?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Ask this before every session</source>
        <translation>Das vor jeder Einheit fragen</translation>
    </message>
    <message>
        <source>Pain before the session</source>
        <translation>Schmerz vor der Einheit</translation>
    </message>
    <message>
        <source>Skip the question (Esc)</source>
        <translation>Die Frage überspringen (Esc)</translation>
    </message>
    <message>
        <source>Esc skips.</source>
        <translation>Esc überspringt.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::PainScale</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation>0 keine Schmerzen</translation>
    </message>
    <message>
        <source>10 worst pain</source>
        <translation>10 stärkste Schmerzen</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Taste: %1</translation>
    </message>
    <message>
        <source>T</source>
        <extracomment>The letter key that rates pain 10 (0 to 9 are the digits): the first letter of &quot;ten&quot;.</extracomment>
        <translation>Z</translation>
    </message>
    <message>
        <source>Keys: 0 to 9, %1 for 10.</source>
        <translation>Tasten: 0 bis 9, %1 für 10.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::PhaseAnnouncer</name>
    <message>
        <source>Session finished.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds</source>
        <translation>
            <numerusform>%1, %n Sekunde</numerusform>
            <numerusform>%1, %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::gui::PhaseHeader</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>unknot::gui::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Following an exercise routine</source>
        <translation>Folgt einer Übungsroutine</translation>
    </message>
    <message>
        <source>Stopped because it hurt.</source>
        <translation>Abgebrochen, weil es wehtat.</translation>
    </message>
    <message>
        <source>Stopped “%1” because it hurt.</source>
        <translation>„%1“ abgebrochen, weil es wehtat.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop this session now? What you have done so far is kept.</source>
        <translation>Diese Einheit jetzt beenden? Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation>Pausiert: Der Computer hat geschlafen. Drücke die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Easier version: %1. %2</source>
        <translation>Leichtere Variante: %1. %2</translation>
    </message>
    <message>
        <source>Guidance: %1</source>
        <translation>Anleitung: %1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::PlayerView</name>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation>Hinweis zur Ausführung</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>reps · then press Done (Enter)</source>
        <translation>Wiederholungen · dann Fertig drücken (Eingabetaste)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation>Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>This week&apos;s dose</source>
        <translation>Umfang dieser Woche</translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Vor dem Start: %1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProblemLabel</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProblemsBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the problems found in routine files</source>
        <translation>Die Probleme in Routinendateien zeigen</translation>
    </message>
    <message>
        <source>Shows or hides why some routine files were skipped.</source>
        <translation>Zeigt oder verbirgt, warum Routinendateien übersprungen wurden.</translation>
    </message>
    <message>
        <source>Problems found in routine files</source>
        <translation>Probleme in Routinendateien</translation>
    </message>
    <message>
        <source>Each file that was skipped, with the problem in it.</source>
        <translation>Jede übersprungene Datei mit ihrem Problem.</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be used and were skipped. The others are ready.</source>
        <translation>
            <numerusform>%n Routinendatei war unbrauchbar und wurde übersprungen. Die anderen sind bereit.</numerusform>
            <numerusform>%n Routinendateien waren unbrauchbar und wurden übersprungen. Die anderen sind bereit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProgrammeBar</name>
    <message>
        <source>Start a p&amp;rogramme…</source>
        <translation>P&amp;rogramm starten…</translation>
    </message>
    <message>
        <source>No programme yet: choose a routine and start one to practise it over a few weeks.</source>
        <translation>Noch kein Programm: Wähle eine Routine und starte ein Programm, um sie einige Wochen lang zu üben.</translation>
    </message>
    <message>
        <source>The programme file has problems and is left as it is:
%1</source>
        <translation>Die Programmdatei hat Fehler und bleibt, wie sie ist:
%1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProgrammeController</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your programme starts on %1.</source>
        <translation>Dein Programm beginnt am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n-week programme has ended.</source>
        <translation>
            <numerusform>Dein Programm von %n Woche ist zu Ende.</numerusform>
            <numerusform>Dein Programm von %n Wochen ist zu Ende.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1 of %2 — %3 of %n sessions done</source>
        <translation>
            <numerusform>Woche %1 von %2 — %3 von %n Einheit gemacht</numerusform>
            <numerusform>Woche %1 von %2 — %3 von %n Einheiten gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>, next: today</source>
        <translation>, nächste: heute</translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation>, nächste: %1</translation>
    </message>
    <message>
        <source>%1: the starting dose.</source>
        <translation>%1: der Anfangsumfang.</translation>
    </message>
    <message>
        <source>%1 this week, up from %2: the last two sessions went without pain.</source>
        <translation>%1 in dieser Woche, mehr als vorher (%2): Die letzten zwei Einheiten gingen ohne Schmerzen.</translation>
    </message>
    <message>
        <source>%1, back from %2: “this hurts” stopped it on %3. Go gently, and stop whenever it hurts.</source>
        <translation>%1, zurück von %2: Am %3 wurde sie mit „Das tut weh“ abgebrochen. Geh behutsam vor und hör auf, sobald es weh tut.</translation>
    </message>
    <message>
        <source>%1, back from %2: on %3 your pain after was two or more above your pain before. Go gently, and stop whenever it hurts.</source>
        <translation>%1, zurück von %2: Am %3 war dein Schmerz danach um zwei oder mehr höher als davor. Geh behutsam vor und hör auf, sobald es weh tut.</translation>
    </message>
    <message>
        <source>%1, as last time: %2 of the two sessions without pain it needs to go up.</source>
        <translation>%1, wie beim letzten Mal: %2 der zwei schmerzfreien Einheiten, nach denen es mehr wird.</translation>
    </message>
    <message>
        <source>%1, as last time: on %2 your pain after was above your pain before.</source>
        <translation>%1, wie beim letzten Mal: Am %2 war dein Schmerz danach höher als davor.</translation>
    </message>
    <message>
        <source>%1, as last time: on %2 pain was not rated before and after, so it stays.</source>
        <translation>%1, wie beim letzten Mal: Am %2 wurde der Schmerz nicht vorher und nachher angegeben, darum bleibt es so.</translation>
    </message>
    <message>
        <source>%1 this week; the last two sessions went without pain, so it goes up next week.</source>
        <translation>%1 in dieser Woche; die letzten zwei Einheiten gingen ohne Schmerzen, darum wird es nächste Woche mehr.</translation>
    </message>
    <message>
        <source>%1: the programme&apos;s target.</source>
        <translation>%1: das Ziel des Programms.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProgrammeDialog</name>
    <message>
        <source>Start a programme</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <source>Practise “%1” for a few weeks. The doses grow only while your back takes them without pain, and after three weeks Unknot asks how your back is compared with when you started.</source>
        <translation>„%1“ einige Wochen lang üben. Der Umfang wächst nur, solange dein Rücken ihn ohne Schmerzen verträgt, und nach drei Wochen fragt Unknot, wie es deinem Rücken verglichen mit dem Beginn geht.</translation>
    </message>
    <message>
        <source>Sessions a &amp;week:</source>
        <translation>Einheiten pro &amp;Woche:</translation>
    </message>
    <message>
        <source>&amp;Length in weeks:</source>
        <translation>&amp;Dauer in Wochen:</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Beginn am:</translation>
    </message>
    <message>
        <source>Start the programme</source>
        <translation>Programm starten</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RedFlagsPanel</name>
    <message>
        <source>When to get help</source>
        <translation>Wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>The pain is sudden and severe, or comes with chest pain, trouble breathing, sweating, or numbness or weakness.</source>
        <translation>Der Schmerz kommt plötzlich und heftig, oder zusammen mit Brustschmerz, Atemnot, Schweißausbruch, Taubheit oder Schwäche.</translation>
    </message>
    <message>
        <source>Call the emergency number now if…</source>
        <translation>Ruf sofort den Notruf an, wenn …</translation>
    </message>
    <message>
        <source>See a doctor soon if…</source>
        <translation>Geh bald zu einer Ärztin oder einem Arzt, wenn …</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor if…</source>
        <translation>Geh zur Physiotherapie oder ärztlichen Praxis, wenn …</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ReminderSettings</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Open Unknot when I &amp;log in</source>
        <translation>Unknot beim &amp;Anmelden öffnen</translation>
    </message>
    <message>
        <source>Remind me on %1</source>
        <translation>Am %1 erinnern</translation>
    </message>
    <message>
        <source>A practice day: Unknot reminds you on it.</source>
        <translation>Ein Übungstag: Unknot erinnert dich daran.</translation>
    </message>
    <message>
        <source>Practice days:</source>
        <translation>Übungstage:</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>The time of day of the reminder, on practice days.</source>
        <translation>Die Uhrzeit der Erinnerung an Übungstagen.</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>U&amp;hrzeit:</translation>
    </message>
    <message>
        <source>Routine to offer</source>
        <translation>Angebotene Routine</translation>
    </message>
    <message>
        <source>The routine the reminder offers to start.</source>
        <translation>Die Routine, die die Erinnerung zum Starten anbietet.</translation>
    </message>
    <message>
        <source>The one I played last</source>
        <translation>Die zuletzt gespielte</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>&amp;Anbieten:</translation>
    </message>
    <message>
        <source>Open Unknot at login</source>
        <translation>Unknot beim Anmelden öffnen</translation>
    </message>
    <message>
        <source>Starts Unknot when you log in, so that reminders come even before you open it.</source>
        <translation>Startet Unknot beim Anmelden, damit Erinnerungen auch kommen, bevor du es öffnest.</translation>
    </message>
    <message>
        <source>Reminds you of your back exercises</source>
        <translation>Erinnert dich an deine Rückenübungen</translation>
    </message>
    <message>
        <source>No reminders: tick the days you want to practise.</source>
        <translation>Keine Erinnerungen: Kreuze die Tage an, an denen du üben willst.</translation>
    </message>
    <message>
        <source>Reminds you %1 while Unknot runs (it waits in the system tray), unless you have practised that day.</source>
        <translation>Erinnert dich %1, solange Unknot läuft (es wartet im Systembereich der Kontrollleiste), außer du hast an dem Tag schon geübt.</translation>
    </message>
    <message>
        <source>Reminds you %1 while Unknot is open, unless you have practised that day.</source>
        <translation>Erinnert dich %1, solange Unknot offen ist, außer du hast an dem Tag schon geübt.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::ReminderTray</name>
    <message>
        <source>Unknot</source>
        <translation>Unknot</translation>
    </message>
    <message>
        <source>Show Unknot</source>
        <translation>Unknot zeigen</translation>
    </message>
    <message>
        <source>Start the usual routine</source>
        <translation>Die übliche Routine starten</translation>
    </message>
    <message>
        <source>Time for your back exercises. Pick a routine in Unknot.</source>
        <translation>Zeit für deine Rückenübungen. Wähle eine Routine in Unknot.</translation>
    </message>
    <message>
        <source>Time for your back exercises: start “%1”?</source>
        <translation>Zeit für deine Rückenübungen: „%1“ starten?</translation>
    </message>
    <message>
        <source>Practice reminder</source>
        <translation>Übungserinnerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Quit Unknot</source>
        <translation>Unknot beenden</translation>
    </message>
    <message>
        <source>Unknot keeps running in the system tray for your reminders. To quit, choose Quit Unknot in the tray icon&apos;s menu, or press Ctrl+Q in the window.</source>
        <translation>Unknot läuft für deine Erinnerungen im Systembereich der Kontrollleiste weiter. Zum Beenden wähle „Unknot beenden“ im Menü des Symbols oder drücke Strg+Q im Fenster.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineForm</name>
    <message>
        <source>One note per line, e.g. Discomfort yes, pain no.</source>
        <translation>Eine Notiz pro Zeile, z. B. Ziehen ja, Schmerz nein.</translation>
    </message>
    <message>
        <source>One sign per line, e.g. Pain spreads down an arm.</source>
        <translation>Ein Anzeichen pro Zeile, z. B. Schmerz strahlt in einen Arm aus.</translation>
    </message>
    <message>
        <source>e.g. My physio&apos;s upper back sheet</source>
        <translation>z. B. Blatt meiner Physiotherapeutin für den oberen Rücken</translation>
    </message>
    <message>
        <source>What it is for, in one sentence</source>
        <translation>Wofür sie ist, in einem Satz</translation>
    </message>
    <message>
        <source>upper-back, mid-back</source>
        <translation>upper-back, mid-back</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise</source>
        <translation>Sekunden, um vor jeder Übung in Position zu kommen</translation>
    </message>
    <message>
        <source>Where it comes from, e.g. Dr Lee, physiotherapist</source>
        <translation>Woher sie stammt, z. B. Dr. Lee, Physiotherapeutin</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Weekly target</source>
        <translation>&amp;Wochenziel</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>The routine&apos;s name in the library.</source>
        <translation>Der Name der Routine in der Bibliothek.</translation>
    </message>
    <message>
        <source>One or two sentences about the routine.</source>
        <translation>Ein oder zwei Sätze über die Routine.</translation>
    </message>
    <message>
        <source>The areas it works on, separated by commas.</source>
        <translation>Die Bereiche, auf die sie wirkt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How many times a week the routine is meant to be done.</source>
        <translation>Wie oft pro Woche die Routine gemacht werden soll.</translation>
    </message>
    <message>
        <source>Seconds to get ready before each exercise.</source>
        <translation>Sekunden zur Vorbereitung vor jeder Übung.</translation>
    </message>
    <message>
        <source>Tips shown with the routine, one per line.</source>
        <translation>Tipps zur Routine, einer pro Zeile.</translation>
    </message>
    <message>
        <source>When to stop and see a professional, one per line.</source>
        <translation>Wann man aufhören und zu Fachleuten gehen sollte, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Where the routine comes from.</source>
        <translation>Woher die Routine stammt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Fo&amp;cus</source>
        <translation>S&amp;chwerpunkt</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>See a professional if</source>
        <translation>Fachleute aufsuchen, wenn</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineListModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1
Built in: read-only. Duplicate it to make your own copy.</source>
        <translation>%1
Eingebaut: schreibgeschützt. Dupliziere sie, um eine eigene Kopie zu machen.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutinePreview</name>
    <message>
        <source>Exercise preview</source>
        <translation>Übungsvorschau</translation>
    </message>
    <message>
        <source>Click for the next exercise</source>
        <translation>Klicken für die nächste Übung</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineStatsModel</name>
    <message>
        <source>On average, pain after a session was %1 points from before</source>
        <translation>Im Schnitt lagen die Schmerzen nach einer Einheit %1 Punkte vom Wert davor entfernt</translation>
    </message>
    <message>
        <source>No session of this routine was rated before and after</source>
        <translation>Keine Einheit dieser Routine wurde vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Last played</source>
        <translation>Zuletzt gespielt</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Schmerzänderung</translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineTableModel</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionDetail</name>
    <message>
        <source>&amp;Save notes</source>
        <translation>Notizen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte der Einheit</translation>
    </message>
    <message>
        <source>Each exercise of the selected session and how it went.</source>
        <translation>Jede Übung der ausgewählten Einheit und wie sie lief.</translation>
    </message>
    <message>
        <source>Notes on this session: how it felt, what to change next time</source>
        <translation>Notizen zu dieser Einheit: wie sie sich anfühlte, was du nächstes Mal änderst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your notes about the selected session; they are saved as you type.</source>
        <translation>Deine Notizen zur ausgewählten Einheit; sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation>Die Notizen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Delete this session from the history (Delete); Ctrl+Z brings it back</source>
        <translation>Diese Einheit aus dem Verlauf löschen (Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>%1 · %2 at %3 · %4</source>
        <translation>%1 · %2 um %3 · %4</translation>
    </message>
    <message>
        <source>Select a session to see its steps and notes.</source>
        <translation>Wähle eine Einheit, um ihre Schritte und Notizen zu sehen.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionFlow</name>
    <message>
        <source>This session is not in the history: the history could not be opened when Unknot started.</source>
        <translation>Diese Einheit ist nicht im Verlauf: Der Verlauf ließ sich beim Start von Unknot nicht öffnen.</translation>
    </message>
    <message>
        <source>Part of this session is not saved yet (%1). Press Save to try again.</source>
        <translation>Ein Teil dieser Einheit ist noch nicht gespeichert (%1). Drücke Speichern, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Could not save yet (%1). Your notes are still here; press Save to try again.</source>
        <translation>Noch nicht gespeichert (%1). Deine Notizen sind noch da; drücke Speichern, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Logging failed: the session history cannot be written just now (%1). Keep going: the finished steps are kept and will be saved as soon as writing works again.</source>
        <translation>Protokollieren fehlgeschlagen: Der Verlauf kann gerade nicht geschrieben werden (%1). Mach weiter: Die erledigten Schritte bleiben erhalten und werden gespeichert, sobald das Schreiben wieder klappt.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>A session is under way. Stop it and close Unknot? What you have done so far is kept.</source>
        <translation>Eine Einheit läuft. Beenden und Unknot schließen? Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>This session is not saved yet (%1). Press Save to try again.</source>
        <translation>Diese Einheit ist noch nicht gespeichert (%1). Drücke Speichern, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>A hard day for your back</source>
        <translation>Ein schwerer Tag für deinen Rücken</translation>
    </message>
    <message>
        <source>You rated your pain %1 out of 10. On a day like this a gentler version is kinder to your back: one set of each exercise, shorter holds and fewer reps. It does not count against your programme.

If the pain is new, very strong, or comes with numbness, weakness, fever or chest pain, do not exercise today: see a doctor.</source>
        <translation>Du hast deinen Schmerz mit %1 von 10 angegeben. An so einem Tag schont eine sanftere Fassung deinen Rücken: ein Satz je Übung, kürzeres Halten und weniger Wiederholungen. Sie zählt nicht gegen dein Programm.

Wenn der Schmerz neu oder sehr stark ist oder mit Taubheit, Schwäche, Fieber oder Brustschmerzen kommt, übe heute nicht: Geh zu einer Ärztin, einem Arzt.</translation>
    </message>
    <message>
        <source>&amp;Gentle version</source>
        <translation>&amp;Sanfte Fassung</translation>
    </message>
    <message>
        <source>The &amp;usual routine</source>
        <translation>Die &amp;übliche Routine</translation>
    </message>
    <message>
        <source>&amp;Not today</source>
        <translation>&amp;Nicht heute</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionProgress</name>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionSummaryPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>How much does your back hurt now?</source>
        <translation>Wie stark schmerzt dein Rücken jetzt?</translation>
    </message>
    <message>
        <source>Notes (optional): how did it feel, what was hard?</source>
        <translation>Notizen (freiwillig): Wie hat es sich angefühlt, was war schwer?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Well done: “%1” is finished.</source>
        <translation>Gut gemacht: „%1“ ist geschafft.</translation>
    </message>
    <message>
        <source>“%1” was stopped early.</source>
        <translation>„%1“ wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Stopped because it hurt: %1</source>
        <translation>Abgebrochen, weil es wehtat: %1</translation>
    </message>
    <message>
        <source>Under way when stopped: %1</source>
        <translation>Lief beim Beenden: %1</translation>
    </message>
    <message>
        <source>Active time: %1</source>
        <translation>Aktive Zeit: %1</translation>
    </message>
    <message>
        <source>Pain before: %1 of 10</source>
        <translation>Schmerz vorher: %1 von 10</translation>
    </message>
    <message>
        <source>Save the pain rating and notes?</source>
        <translation>Schmerzbewertung und Notizen speichern?</translation>
    </message>
    <message>
        <source>You entered a pain rating or notes for this session. Save them?</source>
        <translation>Du hast für diese Einheit eine Schmerzbewertung oder Notizen eingegeben. Speichern?</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>Enter saves.</source>
        <translation>Eingabetaste speichert.</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionTableModel</name>
    <message>
        <source>%1 at %2: %3 of exercise</source>
        <translation>%1 um %2: %3 Übung</translation>
    </message>
    <message>
        <source>Too short to count toward the weekly goal</source>
        <translation>Zu kurz, um für das Wochenziel zu zählen</translation>
    </message>
    <message>
        <source>Pain before → after the session, 0 to 10</source>
        <translation>Schmerz vor → nach der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>unknot::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <source>So&amp;und and voice</source>
        <translation>Ton &amp;und Stimme</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise. “As the routine says” uses each routine&apos;s own get-ready time.</source>
        <translation>Sekunden, um vor jeder Übung in Position zu kommen. „Wie in der Routine“ nimmt die Vorbereitungszeit der jeweiligen Routine.</translation>
    </message>
    <message>
        <source>As the routine says</source>
        <translation>Wie in der Routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Get ready before each exercise:</source>
        <translation>&amp;Vorbereitung vor jeder Übung:</translation>
    </message>
    <message>
        <source>Player text size</source>
        <translation>Textgröße im Player</translation>
    </message>
    <message>
        <source>How large the player&apos;s words and countdown are, in percent of the size that fits the window.</source>
        <translation>Wie groß Text und Countdown im Player sind, in Prozent der Größe, die ins Fenster passt.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Player &amp;text size:</source>
        <translation>&amp;Textgröße im Player:</translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before each session</source>
        <translation>Vor jeder Einheit &amp;fragen, wie es meinem Rücken geht</translation>
    </message>
    <message>
        <source>Ask about pain before a session</source>
        <translation>Vor einer Einheit nach Schmerzen fragen</translation>
    </message>
    <message>
        <source>Before each session, ask for a pain rating from 0 to 10 so the history can show how your back is doing.</source>
        <translation>Vor jeder Einheit nach einer Schmerzbewertung von 0 bis 10 fragen, damit der Verlauf zeigen kann, wie es deinem Rücken geht.</translation>
    </message>
    <message>
        <source>Play &amp;sound cues</source>
        <translation>&amp;Signaltöne abspielen</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Short sounds when a phase starts, at the last seconds, when to switch sides and at the end.</source>
        <translation>Kurze Töne, wenn eine Phase beginnt, in den letzten Sekunden, beim Seitenwechsel und am Ende.</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the sound cues are.</source>
        <translation>Wie laut die Signaltöne sind.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Speak the &amp;cues</source>
        <translation>Signale spr&amp;echen</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Signale</translation>
    </message>
    <message>
        <source>A voice says each exercise, the side, the count and what comes next.</source>
        <translation>Eine Stimme sagt jede Übung, die Seite, das Zählen und was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Speaking voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Which of the speech engine&apos;s voices speaks the cues.</source>
        <translation>Welche Stimme der Sprachausgabe die Signale spricht.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>How fast the voice speaks.</source>
        <translation>Wie schnell die Stimme spricht.</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>Sprech&amp;tempo:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Slower %1 %</source>
        <translation>Langsamer %1 %</translation>
    </message>
    <message>
        <source>Faster %1 %</source>
        <translation>Schneller %1 %</translation>
    </message>
    <message>
        <source>No audio output was found: the player shows every cue on screen.</source>
        <translation>Keine Audioausgabe gefunden: Der Player zeigt jedes Signal auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No speech engine works here (install qt6-speech-flite-plugin): the cues are not spoken.</source>
        <translation>Hier funktioniert keine Sprachausgabe (qt6-speech-flite-plugin installieren): Die Signale werden nicht gesprochen.</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>How many sessions a week you aim for. “Automatic” takes the weekly target of the routine you play most.</source>
        <translation>Wie viele Einheiten pro Woche du anstrebst. „Automatisch“ nimmt das Wochenziel der Routine, die du am häufigsten machst.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>Wochen&amp;ziel:</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>The day the history&apos;s weeks start on.</source>
        <translation>Der Tag, mit dem die Wochen im Verlauf beginnen.</translation>
    </message>
    <message>
        <source>As your language settings say (%1)</source>
        <translation>Wie in deinen Spracheinstellungen (%1)</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>&amp;Erster Tag der Woche:</translation>
    </message>
    <message>
        <source>Your own routines, your history and these settings are kept in this folder. Back it up to keep them.</source>
        <translation>Deine eigenen Routinen, dein Verlauf und diese Einstellungen liegen in diesem Ordner. Sichere ihn, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>The folder that holds your routines, history and settings.</source>
        <translation>Der Ordner mit deinen Routinen, deinem Verlauf und deinen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Shows the data folder in the file manager.</source>
        <translation>Zeigt den Datenordner in der Dateiverwaltung.</translation>
    </message>
    <message>
        <source>Open at login</source>
        <translation>Beim Anmelden öffnen</translation>
    </message>
    <message>
        <source>Unknot could not change its autostart entry: %1</source>
        <translation>Unknot konnte seinen Autostart-Eintrag nicht ändern: %1</translation>
    </message>
    <message>
        <source>Flare-up day</source>
        <translation>Tag mit starken Schmerzen</translation>
    </message>
    <message>
        <source>When the pain before a session is this or more, Unknot offers a gentler version of the routine.</source>
        <translation>Wenn der Schmerz vor einer Einheit so hoch oder höher ist, bietet Unknot eine sanftere Fassung der Routine an.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Offer a gentler version at pain &amp;level:</source>
        <translation>Sanftere Fassung anbieten ab Schmer&amp;zstufe:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>How much the coach says during a session: everything, only names and counts, only sounds, or nothing. G in the player changes it.</source>
        <translation>Wie viel der Trainer während einer Einheit sagt: alles, nur Namen und Zählen, nur Töne oder nichts. G im Player ändert es.</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepEditor</name>
    <message>
        <source>What this step is: a timed hold, reps, a timed activity or a rest.</source>
        <translation>Was dieser Schritt ist: Halten auf Zeit, Wiederholungen, eine zeitgesteuerte Aktivität oder eine Pause.</translation>
    </message>
    <message>
        <source>The exercise this step does.</source>
        <translation>Die Übung dieses Schritts.</translation>
    </message>
    <message>
        <source>Seconds to hold, per side for exercises done on each side.</source>
        <translation>Sekunden halten, pro Seite bei Übungen für jede Seite.</translation>
    </message>
    <message>
        <source>Repetitions, per side for exercises done on each side.</source>
        <translation>Wiederholungen, pro Seite bei Übungen für jede Seite.</translation>
    </message>
    <message>
        <source>Seconds per repetition, when the player paces and counts the reps.</source>
        <translation>Sekunden pro Wiederholung, wenn der Player den Takt vorgibt und mitzählt.</translation>
    </message>
    <message>
        <source>What to do during this timed activity.</source>
        <translation>Was während dieser zeitgesteuerten Aktivität zu tun ist.</translation>
    </message>
    <message>
        <source>How long this step lasts.</source>
        <translation>Wie lange dieser Schritt dauert.</translation>
    </message>
    <message>
        <source>How many times the step is done.</source>
        <translation>Wie oft der Schritt gemacht wird.</translation>
    </message>
    <message>
        <source>Seconds of rest between sets.</source>
        <translation>Sekunden Pause zwischen den Sätzen.</translation>
    </message>
    <message>
        <source>Seconds of rest after this step.</source>
        <translation>Sekunden Pause nach diesem Schritt.</translation>
    </message>
    <message>
        <source>A short note the player shows with this step.</source>
        <translation>Eine kurze Notiz, die der Player bei diesem Schritt zeigt.</translation>
    </message>
    <message>
        <source>Select a step to change it.</source>
        <translation>Wähle einen Schritt, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Paced</source>
        <translation>Getaktet</translation>
    </message>
    <message>
        <source> s per rep</source>
        <translation> s pro Wiederholung</translation>
    </message>
    <message>
        <source>Paced: the app counts each rep. Not paced: press Done when finished.</source>
        <translation>Getaktet: Die App zählt jede Wiederholung. Nicht getaktet: Drücke Fertig, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>Pick another exercise for this step.</source>
        <translation>Eine andere Übung für diesen Schritt wählen.</translation>
    </message>
    <message>
        <source>e.g. Heat pack on the upper back</source>
        <translation>z. B. Wärmekissen auf dem oberen Rücken</translation>
    </message>
    <message>
        <source>Shown instead of the first instruction</source>
        <translation>Wird statt der ersten Anweisung gezeigt</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Te&amp;mpo</source>
        <translation>Te&amp;mpo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>Da&amp;uer</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest &amp;between sets</source>
        <translation>&amp;Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Pause danach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>Übun&amp;g</translation>
    </message>
    <message>
        <source>H&amp;old</source>
        <translation>Ha&amp;lten</translation>
    </message>
    <message>
        <source>Re&amp;ps</source>
        <translation>Wiederh&amp;olungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepListModel</name>
    <message>
        <source>(no exercise)</source>
        <translation>(keine Übung)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepListPanel</name>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation>Eine Übung aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Write an exercise of your own</source>
        <translation>Eine eigene Übung schreiben</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add a timed activity, e.g. a heat pack</source>
        <translation>Eine zeitgesteuerte Aktivität hinzufügen, z. B. ein Wärmekissen</translation>
    </message>
    <message>
        <source>Add rest</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add a plain rest</source>
        <translation>Eine einfache Pause hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation>Den ausgewählten Schritt kopieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Den ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Den ausgewählten Schritt nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Den ausgewählten Schritt nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The steps in order; drag them, or use Alt+Up and Alt+Down, to reorder.</source>
        <translation>Die Schritte der Reihe nach; zum Umordnen ziehen oder Alt+Hoch und Alt+Runter drücken.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>Übung &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Neue Übung …</translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>unknot::gui::TrendChart</name>
    <message>
        <source>Sessions a week (goal %1)</source>
        <translation>Einheiten pro Woche (Ziel %1)</translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation>Übungsminuten</translation>
    </message>
    <message>
        <source>Average pain after (0–10)</source>
        <translation>Durchschnittliche Schmerzen danach (0–10)</translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation>
            <numerusform>Letzte Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>The goal was met in %1 of the last %2 weeks</source>
        <translation>Das Ziel wurde in %1 der letzten %2 Wochen erreicht</translation>
    </message>
</context>
<context>
    <name>unknot::gui::UserFiles</name>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot create the trash folder %1</source>
        <translation>der Papierkorb-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>unknot::gui::WeekSummaryPanel</name>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>Sessions you aim for each week. Automatic: the weekly target of the routine you play most.</source>
        <translation>Einheiten, die du pro Woche anstrebst. Automatisch: das Wochenziel der Routine, die du am häufigsten machst.</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>Wochen&amp;ziel:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Streak (weeks at goal)</source>
        <translation>Serie (Wochen am Ziel)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 now · best %2</source>
        <translation>jetzt %1 · bisher am besten %2</translation>
    </message>
    <message>
        <source>Goal reached. Well done!</source>
        <translation>Ziel erreicht. Gut gemacht!</translation>
    </message>
    <message>
        <source>Goal reached that week.</source>
        <translation>In dieser Woche Ziel erreicht.</translation>
    </message>
    <message>
        <source>No sessions yet this week. One short routine is a fine start.</source>
        <translation>Diese Woche noch keine Einheit. Eine kurze Routine ist ein guter Anfang.</translation>
    </message>
    <message>
        <source>No sessions that week. That happens; what matters is coming back to it.</source>
        <translation>Keine Einheiten in dieser Woche. Das passiert; wichtig ist, wieder anzufangen.</translation>
    </message>
    <message>
        <source>One more session reaches your goal.</source>
        <translation>Noch eine Einheit bis zu deinem Ziel.</translation>
    </message>
    <message>
        <source>%1 more sessions reach your goal.</source>
        <translation>Noch %1 Einheiten bis zu deinem Ziel.</translation>
    </message>
    <message>
        <source>Every session helps, even in a busy week.</source>
        <translation>Jede Einheit hilft, auch in einer vollen Woche.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>The average of the week&apos;s sessions with a rating</source>
        <translation>Der Durchschnitt der bewerteten Einheiten dieser Woche</translation>
    </message>
</context>
</TS>
