DOC = dict(
    file="Global-Travel-and-Expense-Policy-GP-FIN-07-v5.txt",
    title="Global Travel and Expense Policy",
    author="Group Finance",
    date="2025-01-15 09:00",
    label=dict(
        verdict="clear", control_codes=[], categories=[], carrier="other", language="en", hard_negative=False,
        note="Corporate travel and expense policy (booking classes, per diems, approvals, receipts); unrelated to rare-earth technology",
    ),
    body="""
# Global Travel and Expense Policy (GP-FIN-07, version 5)

Owner: Group Finance. Approved by: Chief Financial Officer. Effective: 1 February 2025. Supersedes: version 4 (March 2022).

## 1. Purpose

This policy sets out the rules for business travel and for reimbursement of business expenses incurred by employees of the Group and its subsidiaries. Its aims are to ensure that employees travel safely and comfortably, that costs are reasonable and transparent, and that expenses comply with tax law and our Code of Conduct.

## 2. Scope

The policy applies to all employees, contractors engaged on a time-and-materials basis and members of the Board when travelling on Group business. Local subsidiaries may issue supplements where required by local law; in case of conflict, the stricter rule applies.

## 3. General principles

- Travel only when a meeting cannot reasonably be held by video conference.
- Book through the Group travel management company (TMC) using the online booking tool, unless an exception in section 5.6 applies.
- Choose the lowest logical fare that meets the business need.
- Submit expense claims within 30 days after the end of a trip.
- Personal expenses are never reimbursed, even if incurred during a business trip.

## 4. Approvals

| Type of travel | Approver |
| Domestic, within budget | Line manager |
| International, within budget | Line manager and cost-centre owner |
| Any travel exceeding budget | Next-level manager and Finance Business Partner |
| Travel by members of the Executive Committee | CFO (CEO for the CFO) |
| Travel to high-risk countries (per Security list) | Group Security in addition to the above |

## 5. Transport

### 5.1 Air travel

| Flight duration (scheduled, one way) | Class |
| Up to 6 hours | Economy |
| More than 6 hours | Premium economy |
| More than 9 hours, overnight, with a business meeting on arrival day | Business (Executive Committee and with CFO approval) |

Tickets should be booked at least 14 days in advance. Upgrades at the employee's own cost or with personal miles are permitted. Loyalty points may be kept by employees but must not influence the choice of airline.

### 5.2 Rail

Rail is preferred for journeys of up to 4 hours. First class is allowed for journeys longer than 2 hours.

### 5.3 Car rental

Compact or intermediate category. Fully comprehensive insurance is included in the Group contract; do not purchase additional insurance at the counter. Refuel before returning the car.

### 5.4 Private cars

Use of a private car is reimbursed at the local tax-free mileage rate, provided it is cheaper than public transport or a rental car. The Group does not cover damage to private vehicles.

### 5.5 Taxis and ride-hailing

Permitted when public transport is impractical, late at night, or when carrying equipment. Keep receipts.

### 5.6 Exceptions to TMC booking

Bookings outside the TMC are allowed only if they are at least 10% cheaper than the TMC offer for the same itinerary, or if the TMC cannot provide the service. Attach evidence of the TMC quote.

## 6. Accommodation

Hotels should be business-class (three to four stars) and close to the place of work. The TMC maintains city rate caps; the table below shows examples.

| City | Cap per night (local currency, excl. breakfast) |
| Shanghai | CNY 1,100 |
| Beijing | CNY 1,000 |
| Frankfurt | EUR 190 (trade fair periods EUR 320) |
| London | GBP 230 |
| Tokyo | JPY 24,000 |
| New York | USD 330 |
| Singapore | SGD 330 |

Private accommodation (staying with friends) does not attract a lodging allowance. Short-term rental apartments may be used for stays of more than 14 nights with Finance approval.

## 7. Meals and per diems

Where local law provides a tax-free per diem, the per diem is paid instead of actual meal costs. Otherwise, actual reasonable meal costs are reimbursed up to the following daily limits: breakfast 15%, lunch 35%, dinner 50% of the country limit published on the Finance intranet. If a meal is provided (conference, customer hospitality, in-flight), the corresponding share is deducted.

## 8. Entertainment and gifts

Business entertainment of customers, suppliers or public officials must comply with the Anti-Bribery Policy. The most senior Group employee present pays and claims the expense, listing the names and companies of all attendees. Gifts must not exceed the value limits in the Anti-Bribery Policy and must be registered in the gifts register if above the registration threshold.

## 9. Other reimbursable expenses

- Visa and passport fees for business travel
- Vaccinations required for the destination
- Reasonable laundry costs for trips longer than 5 nights
- Mobile data roaming packages (corporate plan preferred)
- Airport lounge access only if included in the fare class

Not reimbursable: fines, minibar, personal entertainment, spa, loss of personal items, travel insurance already covered by the Group policy, costs of accompanying persons.

## 10. Corporate cards

Employees who travel more than four times a year receive a corporate card. The card must be used for business expenses only. Cash withdrawals are limited to the per diem for the trip. Statements must be reconciled within 30 days; unreconciled items after 60 days are deducted from salary where legally permitted.

## 11. Receipts and claims

Original itemised receipts (or legally valid electronic receipts, e.g. fapiao in China) are required for every item above EUR 25 or equivalent. Claims are submitted through the expense tool with a scanned copy; paper originals must be kept for the period required by local law. Missing receipts require a signed declaration and are limited to two per year.

## 12. Safety and duty of care

Employees must register their trips with the TMC so that Group Security can locate them in an emergency. Travel to countries on the high-risk list requires a security briefing and, where specified, a local escort. Employees must not travel if advised against by Group Security.

## 13. Sustainability

Prefer rail for short distances, combine trips, and consider the carbon data shown in the booking tool. Business-class travel counts double in the departmental carbon budget.

## 14. Compliance and sanctions

Breaches of this policy may lead to non-reimbursement and disciplinary action. Deliberate false claims are treated as fraud. Finance performs monthly sample audits of expense claims and reports findings to the Audit Committee twice a year.

## 15. Contacts

Travel desk: via TMC hotline (24/7). Expense questions: local Finance shared services. Policy owner: Group Finance, Head of Financial Controlling.
""",
)
