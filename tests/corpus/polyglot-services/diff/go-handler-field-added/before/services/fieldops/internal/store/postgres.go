package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Postgres struct {
	pool *pgxpool.Pool
}

func NewPostgres(pool *pgxpool.Pool) *Postgres {
	return &Postgres{pool: pool}
}

func (p *Postgres) Customer(ctx context.Context, id int64) (Customer, error) {
	var c Customer
	err := p.pool.QueryRow(ctx, `
		SELECT id, account_number, full_name, first_name, email, phone_number, home_address,
		       date_of_birth, latitude, longitude, plan_code
		FROM customers WHERE id = $1`, id).Scan(
		&c.ID, &c.AccountNumber, &c.FullName, &c.FirstName, &c.Email, &c.PhoneNumber, &c.HomeAddress,
		&c.DateOfBirth, &c.Latitude, &c.Longitude, &c.PlanCode)
	return c, err
}

func (p *Postgres) WorkOrder(ctx context.Context, id string) (WorkOrder, error) {
	var wo WorkOrder
	err := p.pool.QueryRow(ctx, `
		SELECT id, customer_id, kind, notes, technician_id, scheduled_for, cabinet_id
		FROM work_orders WHERE id = $1`, id).Scan(
		&wo.ID, &wo.CustomerID, &wo.Kind, &wo.Notes, &wo.TechnicianID, &wo.ScheduledFor, &wo.CabinetID)
	return wo, err
}

func (p *Postgres) Survey(ctx context.Context, workOrderID string) (Survey, error) {
	var s Survey
	err := p.pool.QueryRow(ctx, `SELECT work_order_id, customer_id, score, comments FROM surveys WHERE work_order_id = $1`,
		workOrderID).Scan(&s.WorkOrderID, &s.CustomerID, &s.Score, &s.Comments)
	return s, err
}

func (p *Postgres) CustomersBehindCabinet(ctx context.Context, cabinetID string) ([]Customer, error) {
	rows, err := p.pool.Query(ctx, `
		SELECT c.id, c.first_name, c.phone_number, c.home_address, c.plan_code
		FROM customers c JOIN lines l ON l.customer_id = c.id WHERE l.cabinet_id = $1`, cabinetID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Customer
	for rows.Next() {
		var c Customer
		if err := rows.Scan(&c.ID, &c.FirstName, &c.PhoneNumber, &c.HomeAddress, &c.PlanCode); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (p *Postgres) Technicians(ctx context.Context, region string) ([]Technician, error) {
	rows, err := p.pool.Query(ctx, `SELECT id, name, email, region, jobs_done FROM technicians WHERE region = $1`, region)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Technician
	for rows.Next() {
		var t Technician
		if err := rows.Scan(&t.ID, &t.Name, &t.Email, &t.Region, &t.JobsDone); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
