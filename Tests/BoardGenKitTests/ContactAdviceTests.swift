import Testing

@testable import BoardGenLoad

/// BG121 and BG122 say what to write for the forms schools print (the 2026-12-03 survey of contact
/// values on real pages; the addresses here are our own).
@Suite struct ContactAdviceTests {
    @Test(arguments: [
        ("E-mail: school23@mail.ru", "write 'school23@mail.ru'"),
        ("эл. почта - school23@mail.ru", "write 'school23@mail.ru'"),
        ("school23[at]mail.ru", "'school23@mail.ru'"),
        ("school23 @ mail.ru", "'school23@mail.ru'"),
        ("school23@mail.ru, help23@mail.ru", "2 addresses; give each its own channel, e.g. 'school23@mail.ru'"),
        ("school23mail.ru", "write one address, name@domain.ru"),
    ])
    func email(_ written: String, _ advice: String) {
        #expect(ContactAdvice.email(written).contains(advice), "\(ContactAdvice.email(written))")
    }

    @Test(arguments: [
        ("Сайт: www.school23.ru", "write 'www.school23.ru'"),
        (
            "school23-chita.ucoz.ru и dnevnik.ru",
            "2 addresses; give each its own channel, e.g. 'school23-chita.ucoz.ru'"
        ),
        ("www.school23.ru (официальный)", "write the address alone, 'www.school23.ru'"),
        ("https://school.example.ru/help page/", "%20 (https://school.example.ru/help%20page/)"),
    ])
    func webAddress(_ written: String, _ advice: String) {
        let text = ContactAdvice.webAddressWithSpace(written)
        #expect(text.contains(advice), "\(text)")
        #expect(!text.contains("%20и%20"))
    }
}
