from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "curbside.settings")
# No DEBUG, and a secret key from the environment, for every server built on this module.
from curbside.lib.serving import refuse_insecure_serving  # needs settings, set above

refuse_insecure_serving()
# An API client over its rate limit is answered before Django sees the request (limits.http).
from curbside.limits.http import RefusedClientWSGI  # noqa: E402  # needs settings, set above

application = RefusedClientWSGI(get_wsgi_application())

# Find-a-doctor's offline geodata indexes, built before the first request rather than during it.
from curbside.lib import geo  # noqa: E402  # needs the app registry set up above

geo.warm()
