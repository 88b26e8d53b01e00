import { summarizeEmployee } from "../actions";

export default async function OfferPage({ params }: { params: { id: string } }) {
  const summary = await summarizeEmployee(Number(params.id));
  return (
    <main>
      <h1>Onboarding summary</h1>
      <p>{summary}</p>
    </main>
  );
}
