import Testing

@testable import BoardGenModel

/// Web and messenger addresses as schools print them: what each links to.
@Suite struct ChannelAddressTests {
    /// `kind: url`: absolute addresses as they are, addresses printed without a scheme under
    /// `https://`, anything else not linked.
    @Test(
        arguments: [
            ("https://school23.ru/help", "https://school23.ru/help"),
            ("www.school-154.ru", "https://www.school-154.ru"),
            ("school-154.ru/help", "https://school-154.ru/help"),
            ("школа23.рф", "https://школа23.рф"),
            ("support.dnevnik", nil),
            ("sch@mail.ru", nil),
            ("javascript:alert(1)", nil),
        ] as [(String, String?)])
    func webAddress(_ written: String, _ link: String?) {
        #expect(ChannelAddress.webLink(written) == link, "\(written)")
    }

    /// `kind: messenger`: also a messenger's own host printed without a scheme (a school's page
    /// lists "vk.com/infocentrskrf" and "t.me/infocentrskrf"); a bare handle names no messenger.
    @Test(
        arguments: [
            ("https://t.me/school23", "https://t.me/school23"),
            ("t.me/school23", "https://t.me/school23"),
            ("vk.com/school23", "https://vk.com/school23"),
            ("wa.me/79123456789", "https://wa.me/79123456789"),
            ("@school23", nil),
            ("school23", nil),
            ("t.me/school 23", nil),
            ("tg://resolve?domain=school23", nil),
        ] as [(String, String?)])
    func messenger(_ written: String, _ link: String?) {
        #expect(ChannelAddress.messengerLink(written) == link, "\(written)")
    }
}
