# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).
import httpx


class Client:
    """The httpx client(s) the endpoint modules send requests with."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def set_httpx_client(self, client: httpx.Client) -> "Client":
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            raise RuntimeError("no httpx.Client was set: call set_httpx_client() first")
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> "Client":
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            raise RuntimeError("no httpx.AsyncClient was set: call set_async_httpx_client() first")
        return self._async_client
