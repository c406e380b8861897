# The audit log moved here from the moderation app: the model's state moves, the table
# (moderation_auditentry) stays as it is. moderation 0002 removes the model from its state.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def _content_type_follows(app_label: str, model: str, old_label: str):
    """Keep the model's content type (and the permissions and admin history on it)."""

    def forward(apps, schema_editor):
        types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        if not types.filter(app_label=app_label, model=model).exists():
            types.filter(app_label=old_label, model=model).update(app_label=app_label)

    return forward


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("moderation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("action", models.CharField(db_index=True, max_length=60)),
                        ("target_type", models.CharField(max_length=60)),
                        ("target_id", models.PositiveBigIntegerField()),
                        ("target_repr", models.CharField(max_length=200)),
                        ("reason", models.TextField(blank=True)),
                        ("created_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                        ("actor", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name_plural": "audit entries",
                        "db_table": "moderation_auditentry",
                        "ordering": ["-created_at"],
                        "indexes": [models.Index(fields=["target_type", "target_id"], name="moderation__target__e56450_idx")],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            _content_type_follows('audit', 'auditentry', 'moderation'), migrations.RunPython.noop
        ),
    ]
