"""Why a file could not be read. The message becomes the verdict's `error` text."""


class ExtractionError(Exception):
    """The file could not be read: corrupt, encrypted, empty, too large, …"""


class UnsupportedFormat(ExtractionError):
    """The scanner has no reader for this format yet."""

    def __init__(self, file_type: str, detail: str = "") -> None:
        self.file_type = file_type
        super().__init__(f"unsupported format: {file_type}" + (f" ({detail})" if detail else ""))


class NoText(ExtractionError):
    """The file was read but holds no text (a package of pictures, say)."""
