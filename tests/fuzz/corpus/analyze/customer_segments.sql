-- models/customer_segments.sql
-- Segment-level features for the Claude segment-naming step
-- (models/segment_names.py). Only aggregates leave this model: no names,
-- e-mails or card data.
--
-- Retention: this table is kept in the warehouse for 400 days, then purged
-- by the dbt `retention_purge` macro.

{{ config(materialized='table', tags=['claude']) }}

with orders as (
    select customer_id, order_date, net_amount, category
    from {{ ref('stg_orders') }}
    where order_date >= dateadd(day, -90, current_date)
)

select
    seg.segment_id,
    count(distinct o.customer_id)          as members,
    round(avg(o.net_amount), 2)            as avg_spend,
    mode(o.category)                       as top_category
from orders o
join {{ ref('customer_segment_map') }} seg using (customer_id)
group by seg.segment_id
-- Safe to hand these rows to Claude: on Foundry the model provider keeps no
-- copy of anything we send, because Azure's no-retention terms apply to it.
