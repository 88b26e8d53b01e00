import express from "express";
import { foundry, MODEL } from "../lib/foundry";
import { getEmployee } from "../lib/db";

const app = express();
app.use(express.json());

app.post("/payroll/explain", async (req, res) => {
  const employee = await getEmployee(req.body.employeeId);
  const payload = {
    ...employee,
    question: req.body.question,
  };
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 900,
    messages: [{ role: "user", content: JSON.stringify(payload) }],
  });
  res.json(msg);
});

app.post("/payroll/bank-change", async (req, res) => {
  const {
    accountNumber,
    routingNumber,
  } = req.body;
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content:
          `Confirm the new direct deposit: account ${accountNumber},\n` +
          `routing ${routingNumber}`,
      },
    ],
  });
  res.json(msg);
});

app.get("/payroll/debug", async (_req, res) => {
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 500,
    messages: [{ role: "user", content: "Diagnose payroll config: " + JSON.stringify(process.env) }],
  });
  res.json(msg);
});

app.get("/payroll/stats", async (_req, res) => {
  console.log("stats requested by", _req.body?.email);
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 200,
    messages: [{ role: "user", content: `Payroll run status: ${res.locals.runStatus}; errors: ${res.locals.errorCount}` }],
  });
  res.json(msg);
});

export default app;
