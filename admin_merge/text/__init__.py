"""Vietnamese text handling: normalization keys, unit-name parsing, address parsing."""

from admin_merge.text.normalize import ascii_key, clean, name_key, nfc

__all__ = ["ascii_key", "clean", "name_key", "nfc"]
