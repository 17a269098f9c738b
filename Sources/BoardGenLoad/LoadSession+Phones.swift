import BoardGenDiagnostics
import BoardGenModel
import BoardGenSupport

/// Checking phone and SMS values: what cannot be read is an error; a number that will be shown
/// without its link is a warning that says why and what to write.
extension LoadSession {
    /// Reads a phone value (`text` starts at `start`) and reports each number that gets no `tel:` link.
    func validatePhone(_ text: String, at start: SourceLocation) {
        guard let phones = PhoneText(text) else {
            sink.report(.malformedPhone, unreadablePhoneMessage(text), at: start)
            return
        }
        for number in phones.numbers {
            let location = start.advanced(by: number.offset)
            switch number.reading {
            case .complete:
                continue
            case .local:
                sink.report(
                    .phoneWithoutAreaCode,
                    "'\(number.written)' has no area code: it is published as written, without a tel: link, since it "
                        + "cannot be dialled from a mobile phone or another town; write the area code before it, "
                        + "e.g. 8 (81830) 2-17-79 (a short number for SMS is kind: sms)",
                    at: location)
            case .undialable(let problem):
                sink.report(.phoneNotDialable, undialableMessage(number.written, problem), at: location)
            }
        }
    }

    /// Reports an SMS channel's value that is not a short number or a mobile number.
    func validateSMSNumber(_ text: String, at location: SourceLocation) {
        switch ChannelAddress.smsRecipient(text) {
        case .short, .mobile:
            break
        case .notMobile:
            sink.report(
                .malformedSMS,
                "'\(text)' is a landline or free-call number, which cannot receive an SMS; write the short number "
                    + "(7522) or a mobile number (+7 912 345-67-89), or use kind: phone for calls",
                at: location)
        case .unreadable:
            sink.report(
                .malformedSMS,
                "'\(text)' is not a number an SMS can be sent to; write a short number of 3–6 digits (7522) or one "
                    + "mobile number (+7 912 345-67-89), and the text to send in message: \"…\"",
                at: location)
        }
    }

    /// The text an SMS channel sends (`message:`); on any other kind the key is an error.
    func message(_ object: YAMLObject, kind: Channel.Kind, id: String) -> String? {
        guard let message = object.string("message") else { return nil }
        guard kind.format == .sms else {
            sink.report(
                .invalidValue,
                "channel '\(id)' is kind: \(kind.rawValue), but 'message' (the text of an SMS to send) is only for "
                    + "kind: sms; put a remark in 'note'",
                at: message.location)
            return nil
        }
        let text = message.value.trimmedSpacesAndNewlines
        return text.isEmpty ? nil : text
    }
}

private extension LoadSession {
    func unreadablePhoneMessage(_ text: String) -> String {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        let isNumberOnly = text.allSatisfy { ($0.isASCII && $0.isNumber) || " -".contains($0) }
        if isNumberOnly, (3...4).contains(digits.count) {
            return "'\(text)' is a short number, which works only for SMS: for an SMS channel write kind: sms "
                + "and message: \"…\"; for calls write the full number, e.g. +7 928 803-63-55"
        }
        return "'\(text)' is not a phone number; write it with digits, e.g. +7 928 803-63-55 or 8 (81830) 217-79"
    }

    /// Why a number gets no link, and what to write instead.
    func undialableMessage(_ written: String, _ problem: PhoneNumber.Problem) -> String {
        let unlinked = "it is published as written, without a tel: link"
        switch problem {
        case .wrongLength(prefix: .none, let count, areaCode: .none) where count > 10:
            return "'\(written)' has \(count) digits, too many for one number: \(unlinked); separate two numbers "
                + "with a comma, e.g. +7 912 345-67-89, +7 912 345-67-90"
        case .wrongLength(let prefix, let count, let areaCode):
            let after = prefix.map { "after \($0) " } ?? ""
            let split = areaCode.map { " (area code \($0) and \(count - $0.count) more)" } ?? ""
            return "'\(written)' is not a complete number: \(after)it has \(count) digits\(split), where a Russian "
                + "number has 10 after +7 or 8; \(unlinked); write the number as it is dialled today (an old "
                + "area code may have changed), e.g. +7 (3452) 12-34-56"
        case .unknownCode(let code):
            return "'\(written)' is not a valid Russian number: none begins with \(code) (a town's number begins "
                + "with 3, 4 or 8, a mobile one with 9, a free call with 800); \(unlinked); check the area code "
                + "and write the number as it is dialled today, e.g. +7 (3452) 12-34-56"
        case .foreign:
            return "'\(written)' is not a Russian number (+7): boardgen links only Russian numbers, so \(unlinked); "
                + "write the school's Russian number, or keep this one to show it without a link"
        }
    }
}
