import Testing
@testable import BoardGenKit

@Test func packageBuilds() { #expect(Bool(true)) }
