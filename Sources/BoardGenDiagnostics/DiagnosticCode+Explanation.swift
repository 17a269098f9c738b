extension DiagnosticCode {
    /// A few sentences for `boardgen explain`: why boardgen reports this.
    public var explanation: String { details.explanation }
    /// A concrete input that triggers the code.
    public var example: String { details.example }
    /// What to write instead.
    public var fix: String { details.fix }
}

private extension DiagnosticCode {
    struct Details {
        var explanation: String
        var example: String
        var fix: String
    }

    // One switch for the three texts, so a new code cannot be added without all of them.
    var details: Details {
        switch self {
        case .unreadableFile:
            Details(
                explanation:
                    "boardgen could not read a file or folder of the content (or a template). It never skips such a file, because the published site would then silently lack what the file says.",
                example: "regulations is a file, not a folder; or contacts.yaml is a link to a file that was deleted",
                fix:
                    "make the path a readable file (or folder) inside the content folder: chmod a+r FILE, or recreate the folder regulations/ with .md files in it"
            )
        case .yamlSyntax:
            Details(
                explanation:
                    "The YAML file cannot be parsed. boardgen reads YAML with Yams and reports the first syntax error with its line and column, with a hint for the common causes (tabs, unclosed quotes, a second document, anchors).",
                example: "name: \"Иванова И. И.   (a quote that is never closed)",
                fix:
                    "close the quote, indent with spaces only, and write each value out in full: name: \"Иванова И. И.\""
            )
        case .notUTF8:
            Details(
                explanation:
                    "Content files must be UTF-8 text. A file saved by Word as Windows-1251 or UTF-16 is refused rather than guessed, because a wrong guess would publish garbled words under the school's name.",
                example: "regulations/help.md saved as \"Plain text (Windows Cyrillic)\"",
                fix:
                    "convert it: iconv -f cp1251 -t utf-8 help.md -o help.md.utf8 && mv help.md.utf8 help.md (or in Word: Save As → Plain Text → UTF-8)"
            )
        case .unknownKey:
            Details(
                explanation:
                    "A key that boardgen does not know is an error, never ignored: a misspelt key would otherwise drop the value it holds from the site without a word.",
                example: "contacts.yaml: a channel with `valeu: +7 928 803-63-55`",
                fix:
                    "use the key the message suggests (`value:`); the known keys are listed in the message and in docs/content.md"
            )
        case .wrongType:
            Details(
                explanation:
                    "The value has the wrong shape: a list where text is expected, text where a mapping is expected, a number out of range, or a yes/no value that is not true or false.",
                example: "audiences: parents   (a word where a list is expected)",
                fix:
                    "write the shape the message names, e.g. audiences: [parents] or a list of lines starting with '- '"
            )
        case .missingKey:
            Details(
                explanation:
                    "A key that the item cannot do without is missing or empty, e.g. a channel without `value` (or `missing:`), a person without a name or role, a regulation without a title.",
                example: "a channel `- id: it-phone` with `kind: phone` but no `value:`",
                fix:
                    "add the key; for an address the regulation announces but does not give, write missing: \"why\" instead of value"
            )
        case .duplicateID:
            Details(
                explanation:
                    "Ids (and regulation slugs, and keys within one mapping) must be unique, because they become file names and link targets; two items with one id would overwrite each other.",
                example: "two channels with `id: school-phone` in contacts.yaml",
                fix: "rename one of them (and the references to it), e.g. school-phone and school-phone-2")
        case .unknownReference:
            Details(
                explanation:
                    "A reference names an id that no item has. boardgen never drops such a reference silently, since the page would lack the contact, person or timetable the regulation promises.",
                example: "[[contact it-phon]] in a regulation, or `channels: [it-phon]` in desks.yaml",
                fix: "use an existing id; the message suggests the closest one (\"did you mean 'it-phone'?\")")
        case .invalidValue:
            Details(
                explanation:
                    "The value is not one of the allowed values: an id with characters other than a-z, 0-9 and '-', an unknown audience or kind, a url that is not absolute, an unknown time zone.",
                example: "audiences: [родители]   or   time_zone: Moscow",
                fix: "use a value from the list in the message: audiences: [parents]; time_zone: Europe/Moscow")
        case .invalidDate:
            Details(
                explanation:
                    "A date cannot be read, or a range ends before it starts (a school year, a term, a timetable's validity).",
                example: "valid_from: 01.09.2026   or   valid_until before valid_from",
                fix: "write dates as YYYY-MM-DD (2026-09-01) and make every range end on or after its start")
        case .frontMatter:
            Details(
                explanation:
                    "A regulation starts with front matter: a line '---', YAML keys (title, approval, …) and another '---'. Without it boardgen does not know the regulation's title or approval.",
                example: "regulations/help.md starting directly with '# Регламент …'",
                fix: "start the file with ---, a line title: \"…\", and a closing --- before the text")
        case .emptyFile:
            Details(
                explanation:
                    "A content file holds nothing (or only comments). An empty contacts.yaml would publish a site without a single phone, so it is refused.",
                example: "contacts.yaml of zero bytes",
                fix: "add the file's content (see docs/content.md) or delete the file")
        case .fileTooLarge:
            Details(
                explanation:
                    "Content files are limited to 4 MiB; a larger one is almost always an embedded image or a pasted export, not text a school wrote.",
                example: "a regulation with a base64 image pasted into it",
                fix: "split the file, or put the attachment next to it as a file and link it")
        case .linkOutsideContent:
            Details(
                explanation:
                    "A symbolic link inside the content folder points outside it. boardgen reads only files inside the content folder, so that a build cannot publish files from elsewhere on the machine.",
                example: "content/contacts.yaml → /etc/passwd",
                fix: "copy the file into the content folder instead of linking it")
        case .unusableFileName:
            Details(
                explanation:
                    "A regulation's file name (or slug) becomes its page name; it must use a-z, 0-9 and '-' and end in .md, or the page would be ignored or unreachable.",
                example: "regulations/Регламент.MD.txt",
                fix: "rename the file to help.md, or keep the name and set slug: help in its front matter")
        case .exampleValue:
            Details(
                explanation:
                    "`boardgen init` starts a site with example values (a phone, an e-mail, names, an order number) so that it builds at once; each example's line ends with the comment '# пример'. Until the school's own value replaces it, the site would publish an invented contact, so every such line is reported.",
                example: "value: \"+7 (3412) 00-00-00\"  # пример: телефон учебной части",
                fix: "write the school's own value and delete the comment '# пример' (or delete the item if the school has no such contact)")
        case .redundantWord:
            Details(
                explanation: "An order or protocol number is printed after the page's own '№', so a number written with its '№' would be printed with two. boardgen drops the extra '№' and says so, rather than publish '№ № 663'.",
                example: "order: { number: \"№ 663\", date: 2026-08-31 }",
                fix: "write the number alone: number: \"663\"; to print the approval exactly as the document does, use stamps: with its lines as written")
        case .malformedPhone:
            Details(
                explanation:
                    "A phone channel's value is not a phone number boardgen can read; a wrong number on a notice is worse than none, so it is not guessed.",
                example: "value: звоните секретарю",
                fix: "write the number with digits: +7 928 803-63-55, 8 (81830) 217-79, or +7 495 123-45-67 доб. 12")
        case .malformedEmail:
            Details(
                explanation: "An e-mail channel's value is not an address of the form name@domain.",
                example: "value: school(at)mail.ru",
                fix: "write the address itself: school@mail.ru")
        case .malformedURL:
            Details(
                explanation:
                    "A web address is written absolute (https://…) or as documents print it (www.school.ru, school.ru/help: shown as written, linked with https://), and contains no spaces, so the link works from every page and on the printed QR code. Text that is not plainly a site (support.dnevnik, a typo in the zone) is refused rather than linked.",
                example: "value: support.dnevnik   or   https://school.ru/my page",
                fix: "write https://support.dnevnik.ru (the site's real address), and %20 for a space")
        case .phoneWithoutAreaCode:
            Details(
                explanation:
                    "A phone number of 5–7 digits has no area code. It is published exactly as written, but without a tel: link: dialled from a mobile phone or from another town it would reach someone else, or no one.",
                example: "value: \"2-17-79\"   or   value: \"тел.( 21-779 )\"",
                fix:
                    "write the number with its area code: 8 (81830) 2-17-79 or +7 (81830) 2-17-79; a 3–6 digit short number for SMS is kind: sms"
            )
        case .phoneNotDialable:
            Details(
                explanation:
                    "A phone number has the wrong number of digits for Russia (10 after +7 or 8), begins with a code no Russian number has, or belongs to another country. It is published as written, but never as a tel: link, because a wrong link on a notice dials a stranger. Old area codes often cause it: 8 (3452) 2-34-56 has only 9 digits after the 8.",
                example: "value: \"8 (3452) 2-34-56\"   or   value: \"+7 (0112) 12-34-56\"",
                fix:
                    "write the number as it is dialled today, 10 digits after +7 or 8: +7 (3452) 12-34-56; check the area code with the operator or on the school's own letterhead"
            )
        case .malformedSMS:
            Details(
                explanation:
                    "An SMS channel sends its message to a short number (3–6 digits) or to a mobile number. A landline, a free-call number or text that is not a number cannot receive an SMS, so no sms: link is made.",
                example: "kind: sms, value: \"8 (3452) 12-34-56\"   or   value: \"СМС на номер\"",
                fix:
                    "write the short number (value: \"7522\") or the mobile number (+7 912 345-67-89), and the text in message: \"баланс 12345\"; use kind: phone for calls"
            )
        case .responseTimeNotRule:
            Details(
                explanation:
                    "A desk's response_time is the school's wording and is published exactly as written. When it reads as a rule (в день поступления, не позднее следующего рабочего дня, в течение 10 рабочих дней с даты регистрации, 2 рабочих дня), the desk also shows a worked example counted over the production calendar; this wording is not such a rule, so no example is shown.",
                example: "response_time: \"в течении 10 рабочих дней\"   or   response_time: \"как можно скорее\"",
                fix:
                    "correct a misspelt rule (в течение 10 рабочих дней), or leave a wording that states no period as it is: the warning only says that no worked example is shown"
            )
        case .unknownDirective:
            Details(
                explanation:
                    "A fenced block in a regulation whose info string is not a directive boardgen knows; boardgen does not guess which data the block was meant to show.",
                example: "```contact parents",
                fix:
                    "use a known directive (contacts, timetable, person, desk, tell, deadlines, form), or leave the info string empty for a plain code block"
            )
        case .directiveArguments:
            Details(
                explanation:
                    "A directive names the data it shows by its arguments (an audience, a timetable or desk id); a missing or wrong argument is an error. Text written inside the fenced block is not published, since the data comes from the content files (a warning).",
                example:
                    "```timetable (no timetable id)   or   ```tell roditeli   or   a phone typed inside ```contacts parents",
                fix:
                    "give the argument the message asks for (```timetable consultations, ```tell parents) and keep the block empty; phones belong in contacts.yaml"
            )
        case .rawHTMLDropped:
            Details(
                explanation:
                    "Regulations are Markdown rendered in safe mode: raw HTML is never published, so content cannot inject scripts or styles into the school's site.",
                example: "<iframe src=\"…\"></iframe> or <b>важно</b> in a regulation",
                fix: "use Markdown (**важно**) or remove the HTML")
        case .unsafeLinkDropped:
            Details(
                explanation:
                    "Only http(s), mailto: and tel: links (and relative links) are published; javascript:, data: and other schemes are dropped.",
                example: "[нажмите](javascript:alert(1))",
                fix: "link to an https:// address or to a contact with [[contact ID]]")
        case .unknownInlineMarker:
            Details(
                explanation:
                    "Inline markers [[…]] embed data into a regulation's text; an unknown name or a contact marker without an id cannot be rendered.",
                example: "[[contact]]   or   [[phone it-phone]]",
                fix: "write [[contact it-phone]] for a channel, or [[пропуск]] for a blank the document leaves")
        case .attachmentMissing:
            Details(
                explanation:
                    "A regulation links a document or picture by a relative path (`[Инструкция](../files/instrukciya.pdf)`), and boardgen publishes that file with the site. The file is not there, so the published link would be dead.",
                example: "[Инструкция](../files/instrukcia.pdf) when the file is content/files/instrukciya.pdf",
                fix:
                    "put the file into the content folder at that path (relative to the regulation's .md file), or correct the path in the link"
            )
        case .attachmentOutsideContent:
            Details(
                explanation:
                    "Files are published only from inside the content folder, so that a build can never copy other files of the machine onto the website. The link climbs out of the content folder with ../, or the file is a symbolic link to a file outside it.",
                example:
                    "[приказ](../../orders/prikaz.pdf) from regulations/help.md, or content/files/prikaz.pdf → /home/secretary/prikaz.pdf",
                fix: "copy the file into the content folder (for example content/files/) and link it from there")
        case .attachmentNotPublished:
            Details(
                explanation:
                    "boardgen publishes PDF, DOCX, DOC, ODT, XLSX, XLS, ODS, TXT and the pictures PNG, JPG, JPEG and GIF. SVG is refused: it can carry scripts that would run on the school's site when the file is opened. Other types, files over 25 MiB, hidden files, the folders boardgen generates (assets/, board/, calendar/) and absolute paths (/files/x.pdf, which break when the site lives in a subfolder) cannot be published either.",
                example: "![схема](files/plan.svg)   or   [архив](../files/docs.zip)",
                fix:
                    "export the picture as PNG (or the document as PDF), split or compress a file over 25 MiB, and link it relative to the regulation: ../files/plan.png"
            )
        case .imageWithoutAlt:
            Details(
                explanation:
                    "A picture without alt text is announced to a screen reader as an unlabelled image, and a reader whose picture did not load sees nothing. The regulation should say in words what the picture shows.",
                example: "![](files/plan.png)",
                fix: "describe the picture in the brackets: ![Схема: кабинет 21 на втором этаже](files/plan.png)")
        case .tableTooLarge:
            Details(
                explanation:
                    "cmark-gfm fills every row of a table up to the header's number of columns, so a very wide header over many lines asks for millions of cells and the build would run for minutes. A regulation's tables have a few thousand cells; the text was rendered without tables.",
                example: "a header row of 2,000 columns followed by a thousand lines",
                fix: "split the table, or publish the data as an attached spreadsheet: [Данные](../files/data.xlsx)")
        case .audienceWithoutChannel:
            Details(
                explanation:
                    "The policy requires each audience (staff, parents, pupils) to have at least one phone (and e-mail, by default); an audience without one has nobody to call.",
                example: "contacts.yaml with no phone whose audiences include parents",
                fix: "add a channel with kind: phone and audiences: [parents], or relax per_audience in policy.yaml")
        case .channelAddressMissing:
            Details(
                explanation:
                    "A channel is declared with missing: instead of value: the regulation announces it but gives no address. For a kind the policy requires it is an error, otherwise a warning.",
                example: "- id: it-phone\\n  kind: phone\\n  missing: \"номер не указан в регламенте\"",
                fix: "replace missing: with value: and the address once the school has it")
        case .blankInRegulation:
            Details(
                explanation:
                    "The regulation leaves a blank ([[пропуск]]) where the document promises a value, such as a response time; the promise is published without its value.",
                example: "ответ в течение [[пропуск]] рабочих дней",
                fix: "fill in the value when the school decides it, and remove the marker")
        case .timetableNotPublished:
            Details(
                explanation:
                    "A regulation shows a timetable (a directive) that is not published: it has no people or is marked published: false, so readers find no hours.",
                example: "```timetable consultations with `published: false` in timetables.yaml",
                fix: "add the consultants to the timetable and set published: true")
        case .responseTimeBlank:
            Details(
                explanation: "A desk's response_time is empty: the regulation promises an answer but not when.",
                example: "response_time: \"\"",
                fix: "write the promised time, e.g. response_time: \"в течение 3 рабочих дней\"")
        case .consultantWithoutSlots:
            Details(
                explanation:
                    "A person listed in a published timetable has no hours or slots, so the timetable shows an empty row for them.",
                example: "people: [ivanova] in timetables.yaml, and ivanova without hours: in people.yaml",
                fix: "add hours: \"пн 14:00-15:00\" (or slots) to the person, or take them out of the timetable")
        case .deskHoursIncomplete:
            Details(
                explanation:
                    "A desk gives one layer of its hours (when requests are taken, or when they are processed) but not the other, so readers cannot tell when an answer can come.",
                example: "a desk with intake: \"круглосуточно\" and no processing:",
                fix: "add the other layer, e.g. processing: \"пн-пт 9:00-18:00\"")
        case .approvalMissing:
            Details(
                explanation:
                    "Every regulation must show how it was approved (order number, date and approver) when policy.yaml sets approval: true, as schools must publish approved documents. A block that lacks some of the three is BG414.",
                example: "a regulation whose front matter has no approval: block",
                fix:
                    "add an approval: block with the approver, the order number and the order date to its front matter, e.g. approval: { approved_by: { position: \"Директор\", name: \"И. И. Иванов\" }, order: { number: \"112\", date: 2026-08-31 } }"
            )
        case .stampsMissingFact:
            Details(
                explanation: "When an approval is given as stamps (its lines exactly as the document prints them), the page shows only those lines; the order number, date and approver under order: and approved_by: are facts boardgen checks. A fact the stamps do not show is either a typo in the stamps or in the facts.",
                example: "order: { number: \"143\" } but the stamp says \"Приказ № 134 от 06.06.2018 г.\"",
                fix: "make the stamp's lines and the facts agree, as the signed document has them")
        case .nothingRequired:
            Details(
                explanation: "A site made only of site.yaml (or whose contacts, timetables and desks were all deleted) would pass every publication rule with zero required items, so CI would be green for a site that helps nobody.",
                example: "a content folder with site.yaml and one regulation, and no contacts.yaml",
                fix: "add contacts.yaml with the school's phone and e-mail; set per_audience: [] in policy.yaml only if the site really publishes no contact")
        case .notOnWebsite:
            Details(
                explanation:
                    "A required item (phone, e-mail, timetable, desk hours, approval) does not appear on any page of the generated website, usually because a template override dropped it.",
                example: "templates/contacts.mustache overridden without the channel list",
                fix: "restore the item in the template named in the message, or revert the override")
        case .notOnBoard:
            Details(
                explanation:
                    "A required item does not appear on any printed notice, either because no notice in board.yaml shows it or a template dropped it.",
                example: "board.yaml listing only a timetable notice, so no notice shows the parents' phone",
                fix: "add a notice that shows it (e.g. - kind: contacts, audience: parents) or restore the template")
        case .timetableWithoutPeople:
            Details(
                explanation:
                    "A timetable marked published lists no people, or none of the people it lists exists in people.yaml, so the website and the board show a timetable with no rows. A timetable the school has not drawn up yet is published: false (then a regulation that relies on it is BG404).",
                example: "- id: consultations\\n  title: \"График консультаций\"\\n  people: []",
                fix:
                    "list the consultants' ids under people: (each defined in people.yaml with hours or slots), or set published: false until the timetable is known"
            )
        case .gridDaysDropSlots:
            Details(
                explanation:
                    "A grid timetable shows one column per day of its days: list. A person's slots on a weekday the list leaves out are not shown in the grid at all, so readers miss hours the school offers.",
                example:
                    "days: [пн, вт, ср, чт] in timetables.yaml, and a person in the timetable with hours: \"пт 14:00-15:00\"",
                fix:
                    "add the days the message names to days: (days: [пн, вт, ср, чт, пт]), or remove days: so the grid shows every day with slots"
            )
        case .approvalIncomplete:
            Details(
                explanation:
                    "An approval block is published as the approval stamp and the line «Утверждено приказом № … от …»; without the order number, the order date or the approver (position or name) the reader cannot tell which order approved the regulation. A blank value (\"\") counts as missing.",
                example: "approval:\\n  approved_by: { position: \"Директор\" }\\n  order: { number: \"112\" }",
                fix:
                    "write every part: approved_by: { position: \"Директор\", name: \"И. И. Иванов\" } and order: { number: \"112\", date: 2026-08-31 }"
            )
        case .hoursWithoutTimes:
            Details(
                explanation:
                    "A desk's intake or processing hours, or a channel's hours, say a status instead of days and times (\"уточняется\", \"не определено\", \"по записи\", \"по договоренности\", \"закрыто\"). Such a value is not hours: it is published as written but does not count as the desk's published hours, so the policy's desk_hours requirement is not met by it. Phrases the hours notation does not read at all (\"не установлено\", \"по согласованию\") are BG212 errors instead.",
                example: "intake: \"уточняется\" in desks.yaml",
                fix:
                    "write the days and times once the school sets them (intake: \"пн-пт 9:00-18:00\"); a remark such as \"по записи\" belongs in intake_note: (a desk) or note: (a channel)"
            )
        case .noticeTooLong:
            Details(
                explanation:
                    "A notice must fit one A4 sheet on the board; boardgen estimates its height from the type sizes of board.css and refuses one that would run onto a second sheet. `check --browser` measures instead: Chromium prints each notice page and board/print.html, and a notice on more than one sheet (or a printed board with not one sheet per notice) is refused.",
                example: "a contacts notice with thirty channels",
                fix: "shorten the title or notes, or split the notice into two entries in board.yaml")
        case .noticeLeavesOutContacts:
            Details(
                explanation:
                    "A regulation's summary notice shows whom to contact: the contacts chosen with `channels:` on its entry in board.yaml, else the school's contacts that the regulation lists under `uses:`. When those do not fit on the sheet with its deadlines and marked rules, the notice is printed without them (the contacts notices still carry them) and this warning names how many were left out.",
                example: "a regulation that uses ten contacts, with board: summary",
                fix:
                    "choose the contacts for the notice in board.yaml: { id: rules, kind: regulation, regulation: pomosch-ezh, channels: [school-phone, help-email] }")
        case .templateSyntax:
            Details(
                explanation:
                    "A Mustache template (an override in content/templates/) cannot be parsed, e.g. a section that is never closed.",
                example: "{{#channels}} … without {{/channels}}",
                fix: "close every section and check the tag near the position in the message")
        case .templateMissing:
            Details(
                explanation: "A template includes a partial that does not exist, or a required template is missing.",
                example: "{{> chanel-list}} in an override",
                fix: "use an existing partial name (see Templates/) or add the file to content/templates/")
        case .unsafeOutputFolder:
            Details(
                explanation:
                    "boardgen replaces the output folder as a whole, so it refuses a folder that is, contains or lies inside the content folder, or an existing non-empty folder it did not make.",
                example: "boardgen build --content content --output content/public",
                fix: "choose another --output, e.g. public/ next to content/")
        case .pageNotFetched:
            Details(
                explanation: "check --url reads the school's real website page by page, following its own links. A page that answers 404, 403 or 500 is not published for a reader, so nothing on it counts.",
                example: "the menu links contacts.html, but the server answers 404 Not Found",
                fix: "deploy the missing page (copy the whole public/ folder again), or fix the server's configuration")
        case .requestFailed:
            Details(
                explanation: "The request for a page did not get an answer boardgen can use: it timed out, the TLS certificate is not valid, the connection was refused, or the redirects never end. A reader would not see the page either.",
                example: "https://school.example.ru/help/support.html redirects to itself",
                fix: "fix the server (certificate, redirect rules) and run check --url again; --url-timeout raises the time allowed per page")
        case .pageNotHTML:
            Details(
                explanation: "A link of the site leads to an .html address (or the start address) but the server sends something else (a PDF, plain text, an image), so a reader does not get the page.",
                example: "the server sends contacts.html as text/plain",
                fix: "serve .html files as text/html (check the server's MIME types) or deploy the right file")
        case .crawlLimitReached:
            Details(
                explanation: "check --url stops after a bounded number of pages and a bounded time, so that a misconfigured site (an endless calendar, a CMS that makes pages on demand) cannot make CI hang. The pages not read are not judged.",
                example: "a CMS that links ?page=1, ?page=2, … without end under the site's path",
                fix: "start --url at the folder that holds boardgen's pages, or raise --url-max-pages / --url-seconds")
        case .redirectedOffSite:
            Details(
                explanation: "A page of the site redirects to another host or outside the site's folder; what is there is not the school's published page and is not judged.",
                example: "https://school.example.ru/help/contacts.html redirects to https://other.example.com/",
                fix: "deploy the page under the site's folder, or start --url at the address the site really lives at")
        case .importUnreadable:
            Details(
                explanation: "boardgen import reads each file it is given; a path that does not exist, a folder, or a file without read permission cannot be drafted. Nothing is written.",
                example: "boardgen import reglament.docx --into draft (no such file)",
                fix: "check the path (quote a name with spaces) and the file's permissions")
        case .importUnsupportedFormat:
            Details(
                explanation: "import reads Word (.docx), OpenDocument (.odt), RTF, HTML, Markdown and plain text (.txt). A PDF, a scan, an old binary .doc, an image or any other binary file is refused rather than guessed, because a guess would put garbled facts into the draft.",
                example: "boardgen import reglament.pdf --into draft",
                fix: "open the document in Word or LibreOffice and save it as .docx or .odt (a scanned PDF must be retyped or recognised first)")
        case .importCorruptDocument:
            Details(
                explanation: "pandoc could not read the document: the file is damaged (cut short, renamed from another type), encrypted, or protected by a password. Nothing is written.",
                example: "a .docx saved with «Защитить документ паролем»",
                fix: "open the document in Word or LibreOffice, remove the password (Файл → Сведения → Защита документа) and save it again as .docx")
        case .importNoText:
            Details(
                explanation: "The file is empty, or holds only pictures, white space or an empty table, so there is nothing to draft from.",
                example: "an empty reglament.txt, or a .docx whose pages are scanned pictures",
                fix: "import the document that holds the regulation's text (a scan must be recognised to text first)")
        case .importTooLarge:
            Details(
                explanation: "A regulation is a few pages; import refuses a file over 20 MiB (documents with large pictures, a whole archive saved as one file) instead of spending minutes and memory on it.",
                example: "a 50 MB .docx with embedded photographs",
                fix: "remove the pictures (Word: Файл → Сжать рисунки, or copy the text into a new document) and import again")
        case .importTargetNotEmpty:
            Details(
                explanation: "import drafts a new site and never writes over an existing one: --into must name a folder that does not exist yet or is empty. The draft is written next to it first and moved into place when complete.",
                example: "boardgen import reglament.docx --into content (content/ already holds site.yaml)",
                fix: "choose a new folder (--into draft) and compare it with the existing site")
        case .importConverterMissing:
            Details(
                explanation: "Word, OpenDocument, RTF, HTML and Markdown files are read through pandoc (its JSON document tree). Plain .txt files do not need it.",
                example: "boardgen import reglament.docx --into draft on a machine without pandoc",
                fix: "install it: `sudo apt-get install pandoc` (make installs it), or save the document as UTF-8 text")
        case .importEncodingConverted:
            Details(
                explanation: "Text exported from Windows is often Windows-1251 or UTF-16; import recognised the encoding and converted the text to UTF-8. The draft is UTF-8; check that the Russian letters read right.",
                example: "reglament.txt saved by Notepad as «ANSI» (Windows-1251)",
                fix: "nothing, if the draft's letters are right; otherwise save the document as UTF-8 and import again")
        case .importToConfirm:
            Details(
                explanation: "import drafts some facts from wording rather than from a fixed form: a channel's audience inferred from its section, a label, a number without an area code, a person's name, a timetable's title. Each is marked `# проверьте: …` in the draft and listed in IMPORT.md with the paragraph or line it came from.",
                example: "a phone found in a section about parents: audience parents",
                fix: "read the source sentence, correct the draft if needed and delete the `# проверьте` comment")
        case .importDocumentGap:
            Details(
                explanation: "The document itself leaves something out: a blank «в течение ___», a channel named without its address, a timetable referred to but not given. import keeps the gap as the same missing item a hand-made site would have ([[пропуск]], `missing:`, `published: false`), so boardgen check reports it until the school fills it in.",
                example: "«Через электронную почту» with no address",
                fix: "ask the school for the missing fact and fill it in the draft (value: for a channel, the time for a blank, the timetable's people)")
        case .outputNotWritable:
            Details(
                explanation:
                    "The new output could not be written or swapped into place (no space, no permission). The previous output is left as it was.",
                example: "--output on a read-only file system",
                fix: "free space or make the folder's parent writable, then build again")
        }
    }
}
