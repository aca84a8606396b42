"""Record tables: trainings, prone businesses and inspections, hotspots, tip-offs, penalties, support, assessments."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('healthy_commune_assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('assessed_date', sa.Date(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=40), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_issuer', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year')
    )
    op.create_table('business',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind_code', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('owner_name', sa.String(length=200), nullable=False),
    sa.Column('registered_date', sa.Date(), nullable=False),
    sa.Column('owner_commitment_date', sa.Date(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('workers_committed', sa.Integer(), nullable=False),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_index(op.f('ix_business_unit_id'), 'business', ['unit_id'], unique=False)
    op.create_table('healthy_commune_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('criterion_code', sa.String(length=60), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('max_score', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['healthy_commune_assessment.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('assessment_id', 'criterion_code')
    )
    op.create_index(op.f('ix_healthy_commune_score_assessment_id'), 'healthy_commune_score', ['assessment_id'], unique=False)
    op.create_table('hotspot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('location', sa.String(length=500), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_index(op.f('ix_hotspot_unit_id'), 'hotspot', ['unit_id'], unique=False)
    op.create_table('penalty_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('violation_code', sa.String(length=60), nullable=False),
    sa.Column('decree', sa.String(length=100), nullable=False),
    sa.Column('article', sa.String(length=200), nullable=False),
    sa.Column('fine', sa.Integer(), nullable=False),
    sa.Column('additional_measures', sa.String(length=500), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('age_group_code', sa.String(length=60), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('year', 'number')
    )
    op.create_index(op.f('ix_penalty_decision_decision_date'), 'penalty_decision', ['decision_date'], unique=False)
    op.create_index(op.f('ix_penalty_decision_unit_id'), 'penalty_decision', ['unit_id'], unique=False)
    op.create_index(op.f('ix_penalty_decision_year'), 'penalty_decision', ['year'], unique=False)
    op.create_table('reintegration_support',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('support_date', sa.Date(), nullable=False),
    sa.Column('kind_code', sa.String(length=60), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('partner', sa.String(length=300), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_reintegration_support_support_date'), 'reintegration_support', ['support_date'], unique=False)
    op.create_index(op.f('ix_reintegration_support_unit_id'), 'reintegration_support', ['unit_id'], unique=False)
    op.create_table('residential_unit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('old_name', sa.String(length=200), nullable=False),
    sa.Column('new_name', sa.String(length=200), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['residential_unit.id'], ),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_residential_unit_event_unit_id'), 'residential_unit_event', ['unit_id'], unique=False)
    op.create_table('tipoff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('verified_date', sa.Date(), nullable=True),
    sa.Column('handled_date', sa.Date(), nullable=True),
    sa.Column('outcome_code', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_tipoff_received_date'), 'tipoff', ['received_date'], unique=False)
    op.create_index(op.f('ix_tipoff_unit_id'), 'tipoff', ['unit_id'], unique=False)
    op.create_table('training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('training_date', sa.Date(), nullable=False),
    sa.Column('topic_code', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['residential_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_training_training_date'), 'training', ['training_date'], unique=False)
    op.create_index(op.f('ix_training_unit_id'), 'training', ['unit_id'], unique=False)
    op.create_table('hotspot_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hotspot_id', sa.Integer(), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('kind_code', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_hotspot_event_event_date'), 'hotspot_event', ['event_date'], unique=False)
    op.create_index(op.f('ix_hotspot_event_hotspot_id'), 'hotspot_event', ['hotspot_id'], unique=False)
    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_id', sa.Integer(), nullable=False),
    sa.Column('inspection_date', sa.Date(), nullable=False),
    sa.Column('team', sa.String(length=300), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('outcome_code', sa.String(length=60), nullable=False),
    sa.Column('handling_code', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['business_id'], ['business.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_inspection_business_id'), 'inspection', ['business_id'], unique=False)
    op.create_index(op.f('ix_inspection_inspection_date'), 'inspection', ['inspection_date'], unique=False)
    op.create_table('person_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('penalty_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['penalty_id'], ['penalty_decision.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('penalty_id')
    )
    op.create_table('training_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('training_id', sa.Integer(), nullable=False),
    sa.Column('role_code', sa.String(length=60), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['training_id'], ['training.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('training_id', 'role_code')
    )
    op.create_index(op.f('ix_training_participant_training_id'), 'training_participant', ['training_id'], unique=False)


def downgrade() -> None:
    for table in ('training_participant', 'person_identity', 'inspection', 'hotspot_event', 'training', 'tipoff', 'residential_unit_event', 'reintegration_support', 'penalty_decision', 'hotspot', 'healthy_commune_score', 'business', 'healthy_commune_assessment'):
        op.drop_table(table)
