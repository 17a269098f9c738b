extension Array where Element: Comparable {
    /// True when this array, sorted in ascending order, holds `element`: a binary search.
    package func containsSorted(_ element: Element) -> Bool {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if self[middle] < element { low = middle + 1 } else { high = middle }
        }
        return low < endIndex && self[low] == element
    }
}
