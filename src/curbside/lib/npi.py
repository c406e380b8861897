"""National Provider Identifier validation (CMS: ten digits, Luhn check digit over 80840 + the
first nine digits)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

_NPI_PREFIX = "80840"


def npi_check_digit(first_nine: str) -> int:
    digits = [int(d) for d in _NPI_PREFIX + first_nine]
    total = 0
    # Luhn: double every second digit from the right of the payload (the check digit is appended).
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def is_valid_npi(value: str) -> bool:
    return (
        len(value) == 10
        and value.isdigit()
        and value[0] in "12"
        and npi_check_digit(value[:9]) == int(value[9])
    )


def validate_npi(value: str) -> None:
    if not (len(value) == 10 and value.isdigit()):
        raise ValidationError("An NPI is exactly ten digits.", code="npi_format")
    if not is_valid_npi(value):
        raise ValidationError(
            "This NPI's check digit does not match; please check the number.", code="npi_check"
        )
