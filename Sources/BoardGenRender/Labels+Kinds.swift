import BoardGenModel

extension Labels {
    /// The audience's name ("родителей (законных представителей)"); every audience in every language.
    package func audience(_ audience: Audience) -> String {
        switch (language, audience) {
        case (.ru, .staff): "сотрудников"
        case (.ru, .parents): "родителей (законных представителей)"
        case (.ru, .pupils): "обучающихся"
        case (.en, .staff): "staff"
        case (.en, .parents): "parents"
        case (.en, .pupils): "pupils"
        }
    }

    /// A channel kind's name ("Телефон"); every kind in every language.
    package func kind(_ kind: Channel.Kind) -> String {
        switch (language, kind) {
        case (.ru, .phone): "Телефон"
        case (.ru, .email): "Электронная почта"
        case (.ru, .office): "Кабинет"
        case (.ru, .inApp): "Почта журнала"
        case (.ru, .url): "Сайт"
        case (.ru, .messenger): "Мессенджер"
        case (.ru, .sms): "SMS"
        case (.en, .phone): "Phone"
        case (.en, .email): "E-mail"
        case (.en, .office): "Office"
        case (.en, .inApp): "Journal mail"
        case (.en, .url): "Website"
        case (.en, .messenger): "Messenger"
        case (.en, .sms): "SMS"
        }
    }

    /// What follows an SMS number: the text to send, quoted as the language quotes
    /// (`, текст: «баланс 12345»`).
    package func smsMessage(_ message: String) -> String {
        switch language {
        case .ru: ", текст: «\(message)»"
        case .en: ", text: “\(message)”"
        }
    }

    /// The heading of a group of documents of one kind ("Положения", "Памятки").
    public func documents(_ kind: DocumentKind) -> String {
        switch (language, kind) {
        case (.ru, .regulation): "Регламенты"
        case (.ru, .statute): "Положения"
        case (.ru, .procedure): "Порядки"
        case (.ru, .instruction): "Инструкции"
        case (.ru, .memo): "Памятки"
        case (.ru, .announcement): "Объявления"
        case (.en, .regulation): "Regulations"
        case (.en, .statute): "Statutes"
        case (.en, .procedure): "Procedures"
        case (.en, .instruction): "Instructions"
        case (.en, .memo): "Memos"
        case (.en, .announcement): "Announcements"
        }
    }

    /// The menu's name for the documents: the kind's plural when all are of one kind, else "Документы".
    public func documentsMenu(_ kinds: Set<DocumentKind>) -> String {
        if kinds.count == 1, let only = kinds.first { return documents(only) }
        return language == .ru ? "Документы" : "Documents"
    }

    /// "лист 2 из 3": which sheet of a notice that continues over several.
    public func sheet(_ number: Int, of total: Int) -> String {
        switch language {
        case .ru: "лист \(number) из \(total)"
        case .en: "sheet \(number) of \(total)"
        }
    }

    /// Under the QR code of a document's notice: "Полный текст положения — на сайте школы".
    public func fullTextOnSite(_ kind: DocumentKind) -> String {
        switch (language, kind) {
        case (.ru, .regulation): "Полный текст регламента — на сайте школы"
        case (.ru, .statute): "Полный текст положения — на сайте школы"
        case (.ru, .procedure): "Полный текст порядка — на сайте школы"
        case (.ru, .instruction): "Полный текст инструкции — на сайте школы"
        case (.ru, .memo): "Полный текст памятки — на сайте школы"
        case (.ru, .announcement): "Полный текст объявления — на сайте школы"
        case (.en, _): "The full text is on the school website"
        }
    }

    /// The heading of the rules a document marks for its notice ("Главное из регламента").
    public func keyRules(_ kind: DocumentKind) -> String {
        switch (language, kind) {
        case (.ru, .regulation): "Главное из регламента"
        case (.ru, .statute): "Главное из положения"
        case (.ru, .procedure): "Главное из порядка"
        case (.ru, .instruction): "Главное из инструкции"
        case (.ru, .memo): "Главное из памятки"
        case (.ru, .announcement): "Главное из объявления"
        case (.en, _): "Key rules"
        }
    }
}
