"""Several daemons, one database: each feed's next scheduled poll and the lease of the
process polling it now; the process that took a delivery to send it."""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('feed', sa.Column('next_poll_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('feed', sa.Column('lease_owner', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column('feed', sa.Column('lease_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.add_column('delivery', sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('delivery') as delivery:
        delivery.drop_column('claimed_by')
    with op.batch_alter_table('feed') as feed:
        feed.drop_column('lease_until')
        feed.drop_column('lease_owner')
        feed.drop_column('next_poll_at')
