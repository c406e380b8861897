# The audit log is the audit app's now (audit 0001): only the model's state leaves this app;
# the table stays, owned by audit.AuditEntry.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("moderation", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEntry")],
            database_operations=[],
        ),
    ]
