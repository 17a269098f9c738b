/// What BG501 tells the school, whether the notice's height was estimated (`NoticeSizeEstimate`)
/// or measured by printing it (`check --browser`).
package enum NoticeFit {
    /// How to make a notice fit one A4 sheet.
    package static let advice =
        "shorten it (a shorter 'title:' for the notice in board.yaml, fewer rows, shorter items), or split it into "
        + "several notices (e.g. one per audience, or 'desk' and 'tell' notices per desk)"
}
