<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; then rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a professional if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discomfort during a stretch is normal; pain is not. Stop and see a professional when something does not feel right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>%1 · Unknot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not start. Check that it is connected, or choose Print to File (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add exercise “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot</name>
    <message>
        <source>--palette needs dark or light, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale needs a number from 1 to 100, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--play needs a routine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--validate needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print-routine needs a routine ID and one OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-history needs a FILE, or - for standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--render-figures needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided exercise routines for knots and stiffness in the upper and middle back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files, with --validate; OUT.pdf, with --print-routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::Options</name>
    <message>
        <source>Check routine files FILE... and print every problem; exit 0 when all are valid, 1 when any is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per routine: id, title, minutes, source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all user data (routines, history, settings) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the player on routine ID (see --list for the ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run session time X times faster (1 to 100), for previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every session and step as CSV to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one PNG per exercise into DIR, showing its figure&apos;s key poses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Fusion style with a dark or light palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark|light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write routine ID&apos;s one- or two-page handout to the PDF file given after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::PlayerView</name>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weekly target to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead-in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when to see a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change exercise to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hold to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reps to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tempo to %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sets to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rest between sets to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rest after to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change duration to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 · %2 times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a professional if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Session complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: switch to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: rest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history could not be read, so Unknot started a new one. The old file was kept, unchanged, here:
%1

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history was written by a newer version of Unknot. This version leaves it untouched, so sessions will not be logged while you use it. Routines still play.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history cannot be opened, so sessions will not be logged this time. Routines still play.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps, %2 s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rest %1 between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ControlBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with the reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts: stop this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output found: cues are shown on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine works here: cues are shown on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::CountdownDisplay</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::DayStrip</name>
    <message>
        <source>No sessions on any day of this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::DialogPrompts</name>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes that cannot be saved until its problems are fixed. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a routine with the id of “%1”. Import it as “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorDocument</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorPage</name>
    <message>
        <source>Routines to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own routines and the built-in ones; pick one to edit it (built-in ones are duplicated first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new routine (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this routine another title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this routine to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to share, with the exercises it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the routine as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not saved.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not deleted.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not imported. Fix these problems and try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not imported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine was not exported.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::EditorView</name>
    <message>
        <source>Estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine on the left, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Use “Duplicate to edit” to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving: see the marked fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add new exercise “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExercisePickerDialog</name>
    <message>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, equipment or focus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ExerciseTableModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::FigureEditor</name>
    <message>
        <source>Whole body tipped forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-back round / arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back round / arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin down / up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near arm raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near elbow bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far arm raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far elbow bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near thigh raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near knee bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far thigh raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far knee bent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the figure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure to start from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::FigureWidget</name>
    <message>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::HistoryPage</name>
    <message>
        <source>Session deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the history to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session and step as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session of the week shown: day, routine, minutes and pain before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often and how long each routine was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per routine, all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the library to pick a routine to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a routine in the Library and press Start. Every session you do shows up here: which days you exercised this week against your goal, how many minutes, and how your back felt before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most advice is three or four sessions a week; change usually shows after three to four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be opened when Unknot started, so there is nothing to show here and sessions are not being recorded. Routines still play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::IllustrationArea</name>
    <message>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::LibraryPage</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines, exercises, equipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every routine with its focus, equipment and length; Enter starts the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected routine&apos;s steps, instructions and cautions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected routine as a handout, or save it as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::MainWindow</name>
    <message>
        <source>Unknot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::NewExerciseDialog</name>
    <message>
        <source>One step per line, starting with the position:
Lie on your back over a rolled towel.
Squeeze your shoulder blades together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one per line: Keep your neck long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, one per line: Stop if your arm tingles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Towel squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side: one side, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate sides every rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper-back, shoulder-blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;autions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;gure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::PainRatingPage</name>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 0 to 9 answer, Esc skips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this before every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the question (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::PainScale</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::PhaseHeader</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following an exercise routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because it hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped “%1” because it hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this session now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::PlayerView</name>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps · then press Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProblemLabel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ProblemsBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems found in routine files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides why some routine files were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in routine files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file that was skipped, with the problem in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be used and were skipped. The others are ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>unknot::gui::ReminderSettings</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Unknot when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice day: Unknot reminds you on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of day of the reminder, on practice days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine the reminder offers to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one I played last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Unknot at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Unknot when you log in, so that reminders come even before you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you of your back exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders: tick the days you want to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you %1 while Unknot runs (it waits in the system tray), unless you have practised that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you %1 while Unknot is open, unless you have practised that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::ReminderTray</name>
    <message>
        <source>Unknot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Unknot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the usual routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back exercises. Pick a routine in Unknot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back exercises: start “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineForm</name>
    <message>
        <source>One note per line, e.g. Discomfort yes, pain no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sign per line, e.g. Pain spreads down an arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My physio&apos;s upper back sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper-back, mid-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from, e.g. Dr Lee, physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a &amp;professional if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s name in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences about the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas it works on, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times a week the routine is meant to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to get ready before each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips shown with the routine, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop and see a professional, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the routine comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineListModel</name>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Built in: read-only. Duplicate it to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutinePreview</name>
    <message>
        <source>Exercise preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineStatsModel</name>
    <message>
        <source>On average, pain after a session was %1 points from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of this routine was rated before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::RoutineTableModel</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionDetail</name>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exercise of the selected session and how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this session: how it felt, what to change next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes about the selected session; they are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session from the history (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 at %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its steps and notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionFlow</name>
    <message>
        <source>This session is not in the history: the history could not be opened when Unknot started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this session is not saved yet (%1). Press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save yet (%1). Your notes are still here; press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging failed: the session history cannot be written just now (%1). Keep going: the finished steps are kept and will be saved as soon as writing works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is under way. Stop it and close Unknot? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionProgress</name>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionSummaryPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does your back hurt now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional): how did it feel, what was hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: “%1” is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because it hurt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way when stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before: %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pain rating and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered a pain rating or notes for this session. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SessionTableModel</name>
    <message>
        <source>%1 at %2: %3 of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to count toward the weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after the session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;und and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise. “As the routine says” uses each routine&apos;s own get-ready time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the routine says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready before each exercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large the player&apos;s words and countdown are, in percent of the size that fits the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player &amp;text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask how my back feels before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about pain before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each session, ask for a pain rating from 0 to 10 so the history can show how your back is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short sounds when a phase starts, at the last seconds, when to switch sides and at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the sound cues are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the &amp;cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice says each exercise, the side, the count and what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the speech engine&apos;s voices speaks the cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the voice speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output was found: the player shows every cue on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine works here (install qt6-speech-flite-plugin): the cues are not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions a week you aim for. “Automatic” takes the weekly target of the routine you play most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the history&apos;s weeks start on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your language settings say (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own routines, your history and these settings are kept in this folder. Back it up to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds your routines, history and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the data folder in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknot could not change its autostart entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepEditor</name>
    <message>
        <source>What this step is: a timed hold, reps, a timed activity or a rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise this step does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to hold, per side for exercises done on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions, per side for exercises done on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per repetition, when the player paces and counts the reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do during this timed activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this step lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest between sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest after this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note the player shows with this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paced: the app counts each rep. Not paced: press Done when finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another exercise for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Heat pack on the upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown instead of the first instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest &amp;between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepListModel</name>
    <message>
        <source>(no exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepListPanel</name>
    <message>
        <source>Add e&amp;xercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exerc&amp;ise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an exercise of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a timed activity, e.g. a heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a plain rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps in order; drag them, or use Alt+Up and Alt+Down, to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::StepTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::TrendChart</name>
    <message>
        <source>Sessions a week (goal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain after (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The goal was met in %1 of the last %2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::UserFiles</name>
    <message>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the trash folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unknot::gui::WeekSummaryPanel</name>
    <message>
        <source> a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions you aim for each week. Automatic: the weekly target of the routine you play most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak (weeks at goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now · best %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached that week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet this week. One short routine is a fine start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions that week. That happens; what matters is coming back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more session reaches your goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more sessions reach your goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session helps, even in a busy week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
