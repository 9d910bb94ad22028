"""Signing in and out over HTTP: tokens, revocation, the identity route, and how secrets are stored."""

from __future__ import annotations

import concurrent.futures
import hashlib
import threading

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import select

from socieux_desktop.sync import protocol
from socieux_hub import auth
from socieux_hub.models import TokenRow, UserRow
from tests.hub.conftest import PASSWORD, Hub

PROTECTED = [("GET", "/v1/me"), ("POST", "/v1/logout"), ("GET", "/v1/changes?protocol=1"),
             ("POST", "/v1/changes")]


def test_login_gives_a_token_and_me_tells_role_and_expert(hub: Hub) -> None:
    info = hub.admin.add_user("marie", "expert", PASSWORD, name="Marie Lefèvre", email="marie@example.fr")
    hub.admin.add_user("anna", "coordinator", PASSWORD)
    marie = hub.login("marie")
    assert marie.identity["role"] == "expert"
    assert marie.identity["expert_id"] == info.expert_id
    me = marie.http.get(f"{hub.url}/v1/me", timeout=10)
    assert me.status_code == 200
    assert me.json() == {"protocol": 1, "username": "marie", "role": "expert", "expert_id": info.expert_id}
    anna = hub.login("anna").http.get(f"{hub.url}/v1/me", timeout=10).json()
    assert (anna["role"], anna["expert_id"]) == ("coordinator", None)


@pytest.mark.parametrize(("username", "password"), [("marie", "wrong password"), ("nobody", PASSWORD)])
def test_a_wrong_name_or_password_is_refused_alike(hub: Hub, username: str, password: str) -> None:
    hub.admin.add_user("marie", "expert", PASSWORD)
    response = requests.post(f"{hub.url}/v1/login", json={"username": username, "password": password},
                             timeout=30)
    assert response.status_code == 401
    assert response.json()["error"] == {"code": "bad_credentials",
                                         "message": "The user name or the password is wrong."}


def test_a_malformed_login_is_a_clear_400(hub: Hub) -> None:
    response = requests.post(f"{hub.url}/v1/login", data=b'{"username": "marie"', timeout=10)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "malformed_json"
    response = requests.post(f"{hub.url}/v1/login", json={"username": "marie"}, timeout=10)
    assert response.status_code == 400
    assert "lacks the field 'password'" in response.json()["error"]["message"]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
@pytest.mark.parametrize("authorization", [None, "Bearer", "Basic bWFyaWU6cHc=", "Bearer not-a-token"])
def test_every_protected_route_needs_a_valid_token(hub: Hub, method: str, path: str,
                                                   authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = requests.request(method, f"{hub.url}{path}", headers=headers, timeout=10)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_signed_in"
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_token_replayed_after_sign_out_is_refused_on_every_route(hub: Hub) -> None:
    hub.admin.add_user("marie", "expert", PASSWORD)
    laptop, phone = hub.login("marie"), hub.login("marie")
    assert laptop.http.post(f"{hub.url}/v1/logout", timeout=10).status_code == 204
    for method, path in PROTECTED:
        response = laptop.http.request(method, f"{hub.url}{path}", timeout=10)
        assert response.status_code == 401, (method, path)
        assert response.json()["error"]["code"] == "not_signed_in"
    assert phone.http.get(f"{hub.url}/v1/me", timeout=10).status_code == 200


def test_a_password_reset_signs_the_user_out_everywhere(hub: Hub) -> None:
    hub.admin.add_user("marie", "expert", PASSWORD)
    client = hub.login("marie")
    assert hub.admin.reset_password("marie", "a brand new secret") == 1
    assert client.http.get(f"{hub.url}/v1/me", timeout=10).status_code == 401
    old = requests.post(f"{hub.url}/v1/login", json={"username": "marie", "password": PASSWORD}, timeout=30)
    assert old.status_code == 401
    assert hub.login("marie", "a brand new secret").identity["username"] == "marie"


def test_only_hashes_of_passwords_and_tokens_are_stored(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher())  # the hub's own parameters
    hub.admin.add_user("marie", "expert", PASSWORD)
    client = hub.login("marie")
    with hub.db.read() as session:
        user = session.scalars(select(UserRow)).one()
        token = session.scalars(select(TokenRow)).one()
        assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert PASSWORD not in user.password_hash
        assert token.token_hash == hashlib.sha256(client.token.encode()).hexdigest()
        assert client.token not in token.token_hash


def test_health_needs_no_token_and_unknown_routes_answer_json(hub: Hub) -> None:
    health = requests.get(f"{hub.url}/v1/health", timeout=10)
    assert health.json() == {"status": "ok", "protocol": protocol.PROTOCOL_VERSION}
    missing = requests.get(f"{hub.url}/v1/nothing-here", timeout=10)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    wrong_method = requests.delete(f"{hub.url}/v1/me", timeout=10)
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["code"] == "method_not_allowed"


def test_the_openapi_spec_describes_the_routes(hub: Hub) -> None:
    spec = requests.get(f"{hub.url}/v1/openapi.json", timeout=10).json()
    assert set(spec["paths"]) == {"/v1/health", "/v1/login", "/v1/logout", "/v1/me", "/v1/changes"}
    push = spec["paths"]["/v1/changes"]["post"]
    schema = push["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["changes"]["maxItems"] == 1000
    assert {"403", "413", "415"} <= set(push["responses"])
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def _login(hub: Hub, username: str, password: str) -> requests.Response:
    return requests.post(f"{hub.url}/v1/login", json={"username": username, "password": password}, timeout=60)


def test_wrong_passwords_for_one_name_are_throttled_before_any_hash(
        hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.admin.add_user("marie", "expert", PASSWORD)
    hub.admin.add_user("pedro", "expert", PASSWORD)
    for _ in range(auth.MAX_USER_FAILURES):
        assert _login(hub, "marie", "wrong password").status_code == 401
    hashes: list[str] = []
    real = auth._hasher

    class Counting:
        def verify(self, stored: str, password: str) -> bool:
            hashes.append(password)
            return real.verify(stored, password)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(auth, "_hasher", Counting())
    for variant, password in (("marie", "wrong password"), ("MARIE", PASSWORD), ("marie", PASSWORD)):
        response = _login(hub, variant, password)
        assert response.status_code == 429, response.text
        assert response.json()["error"]["code"] == "too_many_attempts"
        wait = int(response.headers["Retry-After"])
        assert 0 < wait <= auth.LOGIN_WINDOW_MS // 1000
    assert hashes == []  # refused before the costly part
    assert _login(hub, "pedro", PASSWORD).status_code == 200  # another name from the same address
    assert hashes == [PASSWORD]


def test_failures_from_one_address_are_throttled_whatever_the_names(hub: Hub) -> None:
    for index in range(auth.MAX_ADDRESS_FAILURES):
        assert _login(hub, f"guess{index}", "wrong password").status_code == 401
    response = _login(hub, "another-guess", "wrong password")
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0


def test_password_hashes_computed_at_once_are_bounded_and_the_rest_told_to_retry(
        hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty logins at once: the first MAX_CONCURRENT_HASHES hash (held until the others are answered),
    the others wait briefly for a slot and get 503 with Retry-After; never more hashes at once."""
    hub.admin.add_user("marie", "expert", PASSWORD)
    real = auth._hasher
    release = threading.Event()
    lock = threading.Lock()
    running = [0, 0]  # now, most at once

    class Holding:
        def verify(self, stored: str, password: str) -> bool:
            with lock:
                running[0] += 1
                running[1] = max(running[1], running[0])
            try:
                release.wait(60)
                return real.verify(stored, password)
            finally:
                with lock:
                    running[0] -= 1

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(auth, "_hasher", Holding())
    monkeypatch.setattr(auth, "HASH_WAIT_SECONDS", 0.2)
    total = 20
    with concurrent.futures.ThreadPoolExecutor(total) as pool:
        futures = [pool.submit(_login, hub, f"user{index}", "wrong password") for index in range(total)]
        busy = []
        for future in concurrent.futures.as_completed(futures):
            busy.append(future.result())
            if len(busy) == total - auth.MAX_CONCURRENT_HASHES:
                break
        release.set()
        held = [future.result() for future in futures if future.result() not in busy]
    assert [response.status_code for response in busy] == [503] * len(busy)
    assert all(int(response.headers["Retry-After"]) > 0 for response in busy)
    assert {response.json()["error"]["code"] for response in busy} == {"busy"}
    assert [response.status_code for response in held] == [401] * auth.MAX_CONCURRENT_HASHES
    assert running[1] == auth.MAX_CONCURRENT_HASHES
    assert _login(hub, "marie", PASSWORD).status_code == 200
