"""The JSON Schema of the scan output (scan-result.schema.json)."""
