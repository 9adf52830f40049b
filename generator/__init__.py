"""Driver that bundles spec/ and turns it into generated/ with openapi-python-client."""
