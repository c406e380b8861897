from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from curbside.lib.npi import is_valid_npi, npi_check_digit, validate_npi


def test_it_accepts_the_cms_example_npi():
    # CMS's worked example: 123456789 has check digit 3.
    assert npi_check_digit("123456789") == 3
    assert is_valid_npi("1234567893")


@pytest.mark.parametrize(
    "bad", ["1234567890", "123456789", "12345678931", "abcdefghij", "3234567893", ""]
)
def test_it_rejects_bad_npis(bad: str):
    assert not is_valid_npi(bad)
    with pytest.raises(ValidationError):
        validate_npi(bad)


def test_it_explains_a_wrong_check_digit():
    with pytest.raises(ValidationError, match="check digit"):
        validate_npi("1234567890")
