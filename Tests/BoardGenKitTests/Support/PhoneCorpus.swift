/// Phone values in the forms Russian schools and help desks write them, with what boardgen must
/// show and link. Each form seen on a real page names the page it was seen on; the digits are
/// our own (the forms are kept, the numbers are not copied). Forms without an address are the
/// samples of issue 13 ("Phones and other channels") or the project's seed regulations.
enum PhoneCorpus {
    /// How a form reads.
    enum Finding: Equatable {
        /// Every number complete and linked.
        case none
        /// A number without its area code (BG123).
        case local
        /// A number that no one can dial as written (BG124).
        case undialable
    }

    struct Form {
        /// The value as written in contacts.yaml.
        var value: String
        /// The value as displayed (the pieces joined).
        var display: String
        /// The `tel:` links, in order.
        var links: [String]
        var finding: Finding = .none
    }

    static let forms: [Form] = seeds + extensions + severalNumbers + areaCodes + notes + local + undialable

    /// The seed regulations (shared/seeds 002 and 003) and the normalisation boardgen always did.
    static let seeds: [Form] = [
        Form(value: "+7-978-711-67-53", display: "+7 978 711-67-53", links: ["tel:+79787116753"]),
        Form(value: "89288036355", display: "+7 928 803-63-55", links: ["tel:+79288036355"]),
        Form(value: "9288036355", display: "+7 928 803-63-55", links: ["tel:+79288036355"]),
        Form(value: "+7 (3412) 55-12-34", display: "+7 (3412) 55-12-34", links: ["tel:+73412551234"]),
    ]

    /// Extensions in every common spelling (issue 13): kept as written, in the link's text and as `;ext=`.
    static let extensions: [Form] = [
        Form(value: "+7 495 123-45-67 доб. 12", display: "+7 495 123-45-67 доб. 12", links: [ext]),
        Form(value: "+7 495 123-45-67 доб.12", display: "+7 495 123-45-67 доб.12", links: [ext]),
        Form(value: "+7 495 123-45-67 (доб. 12)", display: "+7 495 123-45-67 (доб. 12)", links: [ext]),
        Form(value: "8 (495) 123-45-67 вн. 12", display: "+7 (495) 123-45-67 вн. 12", links: [ext]),
        Form(value: "8 (495) 123-45-67, внутр. 12", display: "+7 (495) 123-45-67, внутр. 12", links: [ext]),
        Form(value: "+7 495 123-45-67 ext. 12", display: "+7 495 123-45-67 ext. 12", links: [ext]),
        Form(value: "+7 495 123-45-67 #12", display: "+7 495 123-45-67 #12", links: [ext]),
        Form(value: "+7 495 123-45-67, 12", display: "+7 495 123-45-67, 12", links: [ext]),
        Form(value: "89288036355 Доб. 305", display: "+7 928 803-63-55 Доб. 305", links: ["tel:+79288036355;ext=305"]),
    ]
    static let ext = "tel:+74951234567;ext=12"

    /// Several numbers on one channel: each its own link, displayed as written.
    static let severalNumbers: [Form] = [
        // Issue 13; the "8 (3452) 36-67-53" form:
        // https://www.nashgorod.ru/news/society/16-02-2017/v-tyumeni-nachalas-zapis-v-novuyu-shkolu-v-vostochnom-2
        Form(
            value: "8 (3452) 12-34-56, 12-34-57", display: "+7 (3452) 12-34-56, 12-34-57",
            links: ["tel:+73452123456", "tel:+73452123457"]),
        Form(
            value: "8 (3452) 12-34-56, 12-34-57, 12-34-58", display: "+7 (3452) 12-34-56, 12-34-57, 12-34-58",
            links: ["tel:+73452123456", "tel:+73452123457", "tel:+73452123458"]),
        Form(
            value: "+7 912 345-67-89; +7 912 345-67-90", display: "+7 912 345-67-89; +7 912 345-67-90",
            links: ["tel:+79123456789", "tel:+79123456790"]),
        Form(
            value: "+7 912 345-67-89, 345-67-90", display: "+7 912 345-67-89, 345-67-90",
            links: ["tel:+79123456789", "tel:+79123456790"]),
        // The next number starts with "8 (": not extension 8 of the first (a gymnasium's page,
        // "8 (4012) 72-16-80, 8 (4012) 72-16-81"; a kindergarten's "(861) ..., 8 (928) ...")
        Form(
            value: "8 (4012) 12-34-56, 8 (4012) 12-34-57", display: "+7 (4012) 12-34-56, +7 (4012) 12-34-57",
            links: ["tel:+74012123456", "tel:+74012123457"]),
        Form(
            value: "8(423) 212-34-56, 8(423) 212-34-57", display: "+7 (423) 212-34-56, +7 (423) 212-34-57",
            links: ["tel:+74232123456", "tel:+74232123457"]),
        Form(
            value: "(861) 212-34-56, 8 (928) 212-34-57", display: "(861) 212-34-56, +7 (928) 212-34-57",
            links: ["tel:+78612123456", "tel:+79282123457"]),
        // Two numbers, each with its own area code and a note:
        // https://rusnord.ru/economic/56330-shkola-na-ulice-voronina-gotova-prinjat-uchenikov.html
        Form(
            value: "(8182) 21-43-65 (директор), (8182) 21-43-70 (канцелярия)",
            display: "(8182) 21-43-65 (директор), (8182) 21-43-70 (канцелярия)",
            links: ["tel:+78182214365", "tel:+78182214370"]),
        // Three numbers, the last after "или": http://cultus.ru/en/c-usloviya-postupleniya
        Form(
            value: "(499) 123-40-51, (499) 123-40-52 или (499) 123-40-53",
            display: "(499) 123-40-51, (499) 123-40-52 или (499) 123-40-53",
            links: ["tel:+74991234051", "tel:+74991234052", "tel:+74991234053"]),
        Form(
            value: "8 (81830) 2-17-79 (директор), 2-17-80 (бухгалтерия)",
            display: "+7 (81830) 2-17-79 (директор), 2-17-80 (бухгалтерия)",
            links: ["tel:+78183021779", "tel:+78183021780"]),
    ]

    /// Area codes in parentheses, old (5 digits) and new; with and without the 8 or +7.
    static let areaCodes: [Form] = [
        Form(value: "8 (81830) 2-17-79", display: "+7 (81830) 2-17-79", links: ["tel:+78183021779"]),
        Form(value: "(81830) 217-79", display: "(81830) 217-79", links: ["tel:+78183021779"]),
        Form(value: "(34241) 2-12-34", display: "(34241) 2-12-34", links: ["tel:+73424121234"]),
        // Area code in parentheses, the rest ungrouped: https://dshikovaleva.ru/5816/39917.html
        Form(value: "(8452) 123456", display: "(8452) 123456", links: ["tel:+78452123456"]),
        // Grouped 3-4: http://schoolexpo.ru/eng/press/news/31.aspx
        Form(value: "+7 (495) 123-4567", display: "+7 (495) 123-4567", links: ["tel:+74951234567"]),
        // A 3-digit code in parentheses that is part of a 4-digit one (8342):
        // https://shkolabelozerevskaya-r13.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/ekzameny
        Form(value: "+7 (834) 212-34-56", display: "+7 (834) 212-34-56", links: ["tel:+78342123456"]),
    ]

    /// Free-call numbers and notes after the number: the note stays text, only the number is a link.
    static let notes: [Form] = [
        // Free call as "+7 (800) …": https://garant.ru/news/653761
        Form(value: "+7 (800) 700-12-34", display: "+7 (800) 700-12-34", links: ["tel:+78007001234"]),
        // Non-breaking hyphens (U+2011) and spaces mixed:
        // https://gosuslugisovet.ru/articles/view/svyaz-s-tekhnicheskoy-podderzhkoy-gosuslug
        Form(value: "8 800 100‑20 30", display: "+7 800 100-20-30", links: ["tel:+78001002030"]),
        // Minus signs (U+2212) as separators, a free-call note:
        // https://kolsar.info/news/zato/2006/05/30/v-pervyy-den-raboty-pryamoy-telefonnoy.html
        Form(
            value: "8−800−301−44−55 (звонок бесплатный)", display: "+7 800 301-44-55 (звонок бесплатный)",
            links: ["tel:+78003014455"]),
        // Issue 13; the same form with "(звонок по России бесплатный)": https://www.fontanka.ru/2010/05/30/67114609/
        Form(
            value: "8-800-100-00-00 (звонок бесплатный)", display: "+7 800 100-00-00 (звонок бесплатный)",
            links: ["tel:+78001000000"]),
        Form(
            value: "+7 912 345-67-89 (Служба поддержки, круглосуточно)",
            display: "+7 912 345-67-89 (Служба поддержки, круглосуточно)", links: ["tel:+79123456789"]),
        Form(
            value: "8 (3452) 12-34-56 — приёмная, с 9 до 18", display: "+7 (3452) 12-34-56 — приёмная, с 9 до 18",
            links: ["tel:+73452123456"]),
    ]

    /// Local numbers without an area code: shown as written, never linked (BG123).
    static let local: [Form] = [
        Form(value: "21-779", display: "21-779", links: [], finding: .local),
        // The "2-97-98" form: http://tegrk.ru/archives/4701
        Form(value: "2-17-79", display: "2-17-79", links: [], finding: .local),
        Form(value: "тел.( 2-17-79 )", display: "тел.( 2-17-79 )", links: [], finding: .local),
        // The "95-75-57" form: http://pro-57.edu-penza.ru/about/anticorrup
        Form(value: "21-43-65", display: "21-43-65", links: [], finding: .local),
        // Seven digits grouped by spaces:
        // https://riavrn.ru/news/meriya-voronezha-napomnila-nomera-goryachikh-liniy-dlya-zhalob-na-nezakonnye-vznosy-v-shkolakh
        Form(value: "228 41 05", display: "228 41 05", links: [], finding: .local),
        Form(value: "2-17-79 доб. 3", display: "2-17-79 доб. 3", links: [], finding: .local),
    ]

    /// Numbers no one can dial as written: shown as written, never linked (BG124).
    static let undialable: [Form] = [
        // An old 4-digit code with a 5-digit local number: 9 digits after the 8.
        Form(value: "8 (3452) 2-34-56", display: "8 (3452) 2-34-56", links: [], finding: .undialable),
        Form(value: "+7 (0112) 12-34-56", display: "+7 (0112) 12-34-56", links: [], finding: .undialable),
        Form(value: "8 (344) 212-34-56", display: "8 (344) 212-34-56", links: [], finding: .undialable),
        // Premium rate and Kazakhstan's +7 7xx are not linked.
        Form(value: "8 (803) 123-45-67", display: "8 (803) 123-45-67", links: [], finding: .undialable),
        Form(value: "+7 700 123-45-67", display: "+7 700 123-45-67", links: [], finding: .undialable),
        // Another country's number: https://beltoll.by/en/additional-features/balance-request
        Form(value: "+375 29 123-45-67", display: "+375 29 123-45-67", links: [], finding: .undialable),
        Form(value: "8 912 345 67 89 90", display: "8 912 345 67 89 90", links: [], finding: .undialable),
        Form(value: "8 (912) 345-67", display: "8 (912) 345-67", links: [], finding: .undialable),
    ]
}
