"""The hub's HTTP API (FastAPI). Every route but login and health needs a bearer token, and every route
that returns or takes records applies the rule of :mod:`socieux_hub.access`.

Refusals are JSON ``{"error": {"code", "message"}}`` with a fitting status; nothing of a refused push
is applied.
"""

import dataclasses
import logging
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect

from socieux_desktop.sync import protocol
from socieux_hub import auth, openapi
from socieux_hub.auth import SignedIn
from socieux_hub.db import Database, default_db_url
from socieux_hub.errors import INTERNAL_ERROR, METHOD_NOT_ALLOWED, NOT_FOUND, HubError
from socieux_hub.sync import pull, push

log = logging.getLogger("socieux_hub")

MAX_LOGIN_BYTES = protocol.MAX_LOGIN_BYTES
VERSION = "1.0"

_bearer = HTTPBearer(auto_error=False, description="The token `POST /v1/login` gave.")


def error_response(error: HubError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else {}
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    return JSONResponse(error.body().to_json(), status_code=error.status, headers=headers or None)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes ``limit`` bytes (whatever Content-Length says)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise HubError(413, protocol.BODY_TOO_LARGE, f"The body is larger than {limit} bytes; send less.")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HubError(413, protocol.BODY_TOO_LARGE,
                               f"The body is larger than {limit} bytes; send less.")
            chunks.append(chunk)
    except ClientDisconnect:
        # The connection dropped mid-request (a flaky network): nothing to apply, nobody to answer.
        raise HubError(400, protocol.INVALID_REQUEST, "The request was cut off; send it again.") from None
    return b"".join(chunks)


def decode_body(request: Request, body: bytes, max_bytes: int = protocol.MAX_BATCH_BYTES, *,
                check_strings: bool = True) -> Any:
    """The JSON of a body (gzip or not), at most ``max_bytes`` once decompressed (``protocol.loads``
    also bounds its nesting and, with ``check_strings``, refuses NUL and lone surrogates)."""
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "gzip":
        raw = protocol.gunzip_limited(body, max_bytes)
    elif encoding in ("identity", ""):
        raw = body
    else:
        raise HubError(415, protocol.UNSUPPORTED_ENCODING,
                       f"Content-Encoding {encoding!r} is not supported; send gzip.")
    return protocol.loads(raw, max_bytes, check_strings=check_strings)


def create_app(db: Database) -> FastAPI:
    app = FastAPI(
        title="SOCIEUX+ hub", version=VERSION,
        description=("Sync between the SOCIEUX+ Desktop app and headquarters. Protocol version "
                     f"{protocol.PROTOCOL_VERSION}; see docs/hub.md."),
        openapi_url="/v1/openapi.json", docs_url="/v1/docs", redoc_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    async def on_hub_error(_request: Request, error: Exception) -> Response:
        assert isinstance(error, HubError)
        return error_response(error)

    async def on_protocol_error(_request: Request, error: Exception) -> Response:
        assert isinstance(error, protocol.ProtocolError)
        return error_response(HubError.from_protocol(error))

    async def on_validation_error(_request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item.get('loc', ()) if part not in ('query', 'body'))}: "
            f"{item.get('msg', 'invalid')}" for item in error.errors())
        return error_response(HubError(400, protocol.INVALID_REQUEST, f"Invalid request: {problems}."))

    async def on_http_error(_request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        code = {404: NOT_FOUND, 405: METHOD_NOT_ALLOWED}.get(error.status_code, protocol.INVALID_REQUEST)
        return error_response(HubError(error.status_code, code, str(error.detail)))

    async def on_unexpected(_request: Request, error: Exception) -> Response:
        log.exception("request failed", exc_info=error)
        return error_response(HubError(500, INTERNAL_ERROR, "The hub failed; the error is in its log."))

    app.add_exception_handler(HubError, on_hub_error)
    app.add_exception_handler(protocol.ProtocolError, on_protocol_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)

    Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]

    def signed_in(request: Request, _credentials: Credentials) -> SignedIn:
        return auth.authenticate(db, request.headers.get("authorization"))

    SignedInUser = Annotated[SignedIn, Depends(signed_in)]

    @app.get("/v1/health", summary="Is the hub up and its database reachable", tags=["hub"])
    def health() -> dict[str, Any]:
        with db.read() as session:
            session.execute(text("SELECT 1"))
        return {"status": "ok", "protocol": protocol.PROTOCOL_VERSION}

    @app.post("/v1/login", summary="Sign in: a bearer token for a user name and password", tags=["auth"],
              openapi_extra={"requestBody": {"required": True, **openapi.json_body(
                  openapi.LOGIN_REQUEST, "The user's name and password")}},
              responses={200: openapi.json_body(openapi.IDENTITY, "The token and who it belongs to"),
                         **openapi.errors(400, 401, 413, 415, 429, 503)})
    async def login(request: Request) -> JSONResponse:
        body = await read_body(request, MAX_LOGIN_BYTES)
        credentials = protocol.LoginRequest.from_json(decode_body(request, body, MAX_LOGIN_BYTES))
        address = request.client.host if request.client is not None else None
        result = await run_in_threadpool(auth.login, db, credentials.username, credentials.password,
                                         address)
        actor = result.actor
        identity = protocol.Identity(actor.username, actor.role, actor.expert_id, result.token,
                                     protocol.IDENTITY_VERSION)
        return JSONResponse(identity.to_json())

    @app.post("/v1/logout", summary="Sign out: the token stops working", tags=["auth"], status_code=204,
              responses=openapi.errors(401))
    def logout(user: SignedInUser) -> Response:
        auth.logout(db, user.token)
        return Response(status_code=204)

    @app.get("/v1/me", summary="Who the token belongs to: role and expert id", tags=["auth"],
             responses={200: openapi.json_body(openapi.IDENTITY, "The signed-in user"),
                        **openapi.errors(401)})
    def me(user: SignedInUser) -> JSONResponse:
        actor = user.actor
        return JSONResponse(protocol.Identity(actor.username, actor.role, actor.expert_id,
                                              protocol=protocol.IDENTITY_VERSION).to_json())

    @app.post("/v1/changes", summary="Push a batch of changes (gzip JSON), applied exactly once",
              tags=["sync"],
              openapi_extra={"requestBody": {"required": True, **openapi.json_body(
                  openapi.PUSH_REQUEST, "A batch; send it with Content-Encoding: gzip")}},
              responses={200: openapi.json_body(openapi.PUSH_RESPONSE, "The hub's number for each change",
                                                openapi.PULL_AFTER_PUSH),
                         **openapi.errors(400, 401, 403, 409, 413, 415, 422)})
    async def push_changes(request: Request, user: SignedInUser) -> JSONResponse:
        batch = protocol.PushRequest.from_json(
            decode_body(request, await read_body(request, protocol.MAX_BODY_BYTES), check_strings=False))
        response = await run_in_threadpool(push, db, user.actor, batch)
        return JSONResponse(response.to_json())

    @app.get("/v1/changes", summary="Pull the changes after a cursor that the user may see", tags=["sync"],
             operation_id=openapi.PULL_OPERATION,
             responses={200: openapi.json_body(openapi.PULL_RESPONSE,
                                               "A page of changes and the next cursor", openapi.PULL_NEXT),
                        **openapi.errors(400, 401)})
    def pull_changes(
        user: SignedInUser,
        protocol_version: Annotated[int, Query(
            alias="protocol", description="The protocol version",
            json_schema_extra={"enum": sorted(protocol.SUPPORTED_VERSIONS)})],
        cursor: Annotated[str, Query(
            max_length=protocol.MAX_CURSOR_LENGTH, pattern=r"^[0-9.]+$",
            description="The cursor of the last pull, or 0")] = protocol.INITIAL_CURSOR,
        limit: Annotated[int, Query(ge=1, le=protocol.MAX_PULL_LIMIT)] = protocol.DEFAULT_PULL_LIMIT,
        device: Annotated[str | None, Query(
            max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",
            description="Your device id: its own changes are left out")] = None,
    ) -> JSONResponse:
        protocol.check_version_number(protocol_version)
        if device is not None and not protocol.is_device_id(device):
            raise HubError(400, protocol.INVALID_REQUEST, "'device' must be 1 to 64 letters, digits, "
                                                          "'-' or '_'.")
        page = pull(db, user.actor, protocol.Cursor.parse(cursor), limit, device)
        return JSONResponse(dataclasses.replace(page, protocol=protocol_version).to_json())

    return app


def create_app_from_env() -> FastAPI:
    """The app over ``SOCIEUX_HUB_DB`` (or the default database): what each uvicorn worker builds."""
    db = Database(default_db_url())
    db.check_schema()
    return create_app(db)
