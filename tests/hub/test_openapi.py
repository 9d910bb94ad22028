"""Schemathesis against the real hub (SQLite and PostgreSQL): every operation with data that fits its
OpenAPI and data that does not, then stateful sequences through the OpenAPI's links (push, then pull
from the cursors it gives). Signed in or not, the hub never answers 5xx and every answer is what its
OpenAPI says (status, content type, headers, body). Bounded (max examples) to about a minute in CI."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.hub.conftest import Hub, World

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
BOUNDED = settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _schema(hub: Hub) -> Any:
    # Signing out would end the token the other requests use: that route has its own tests.
    return schemathesis.openapi.from_url(f"{hub.url}/v1/openapi.json").exclude(path="/v1/logout")


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_every_operation_answers_as_the_openapi_says(hub: Hub, world: World, mode: GenerationMode) -> None:
    headers = {"Authorization": f"Bearer {world.marie.token}"}
    operations = [result.ok() for result in _schema(hub).get_all_operations()]
    assert {(operation.method.upper(), operation.path) for operation in operations} >= {
        ("POST", "/v1/login"), ("GET", "/v1/me"), ("POST", "/v1/changes"), ("GET", "/v1/changes")}
    if mode is GenerationMode.NEGATIVE:  # only these take anything that can be wrong
        operations = [operation for operation in operations if operation.path in ("/v1/login", "/v1/changes")]
    for operation in operations:
        @BOUNDED
        @given(case=operation.as_strategy(generation_mode=mode))
        def exchange(case: Any) -> None:
            response = case.call(headers=headers, timeout=30)
            case.validate_response(response, checks=CHECKS)

        exchange()
    assert world.marie.pull_page().cursor  # and the hub still serves its users
    world.coordinator.pull_all()


@pytest.mark.slow
def test_stateful_sequences_through_the_links_answer_as_the_openapi_says(hub: Hub, world: World) -> None:
    token = world.marie.token

    class Hostile(_schema(hub).as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": {"Authorization": f"Bearer {token}"}, "timeout": 30}

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None,
                              **kwargs: Any) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Hostile.run(settings=settings(BOUNDED, max_examples=40, stateful_step_count=8))
    world.marie.pull_all()
    world.coordinator.pull_all()
