/// The character classes of BERT's normalizer and pre-tokenizer, as Hugging Face tokenizers defines them.
///
/// Rust's `char::is_whitespace` is Unicode's White_Space property; "control" there is Cc, Cf and
/// private use (Co), but not unassigned code points (checked against tokenizers); punctuation is ASCII
/// punctuation plus every P* category. The CJK ranges are the ones BERT's original code lists
/// (ideographs only: Hangul, kana and CJK punctuation are not spaced out).
enum BertCharacter {
    /// Dropped before anything else: NUL, U+FFFD, controls, format characters (zero-width space,
    /// BOM, bidi marks) and private-use characters; tab, newline and return are whitespace instead.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0, 0xFFFD: return true
        case 0x09, 0x0A, 0x0D: return false
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .privateUse, .surrogate: return true
            default: return false
            }
        }
    }

    /// Turned into a space (and so a word boundary).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Spaced out so that each ideograph is a word of its own.
    static func isCJKIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// Removed after canonical decomposition, which is how accents are stripped.
    static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    /// A word of its own: ASCII punctuation (including `$`, `+`, `<`, `^`, `` ` ``, `|`, `~`) or any P* category.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 33...47, 58...64, 91...96, 123...126: return true
        default:
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
    }
}
