"""Curbside: patients ask about treatments, verified physicians answer."""
